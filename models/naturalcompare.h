#pragma once

#include <QStringView>

namespace bb {

// Natural, case-insensitive string order ("backup2" < "backup10"), without ICU: fast enough to
// sort 100,000 rows in the GUI thread. Digit runs compare by value, other characters by their
// case-folded form.
class NaturalCompare final
{
public:
    // <0, 0 or >0.
    static int compare(QStringView left, QStringView right);
    static bool lessThan(QStringView left, QStringView right) { return compare(left, right) < 0; }
};

} // namespace bb
