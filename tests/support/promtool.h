#pragma once

#include <QByteArray>
#include <QString>

namespace bb::test {

// Prometheus's own linter on a text exposition: `promtool check metrics` (Debian's `prometheus`
// package) reads it on stdin and exits 0 when it parses and follows the naming conventions.
struct PromtoolCheck
{
    bool found = false; // promtool is on PATH (else the caller skips with BB_SKIP)
    int exitCode = -1;
    QByteArray output; // what promtool said (stdout and stderr)
};

PromtoolCheck promtoolCheckMetrics(const QByteArray &text);

} // namespace bb::test
