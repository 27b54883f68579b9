#pragma once

#include "models/instancehealth.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace bb {

// check --format prometheus: the judgement in the Prometheus text exposition format, as
// node_exporter's textfile collector reads it. Every metric has its HELP and TYPE lines and one
// gauge per instance labelled cloud, product, region and instance; a sample is left out where
// there is nothing to measure (no full backup: no age sample, and the state says critical).
class PrometheusWriter final
{
public:
    static QByteArray text(const QList<InstanceHealth> &healths, const QDateTime &checkedAtUtc);
    // A label value as the format wants it: backslash, double quote and newline escaped.
    static QString escapeLabel(const QString &value);
};

} // namespace bb
