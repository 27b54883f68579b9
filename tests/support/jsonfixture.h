#pragma once

#include <QJsonObject>
#include <QString>

namespace bb::test {

// Reads a JSON fixture (a seed's published example) as an object; aborts the test run when the
// file is missing or not a JSON object, because every later comparison would be meaningless.
// Pass the full path: BB_SEEDS_DIR is defined for test executables only.
QJsonObject jsonFixture(const QString &path);

} // namespace bb::test
