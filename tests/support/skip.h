#pragma once

#include <QTest>

// BB_SKIP(reason): QSKIP, unless the environment says skips are failures. CI sets
// BB_NO_SKIPS=1 so that a test which cannot run there (no Secret Service, data the seed does
// not hold) fails instead of reading as a pass; a developer's machine without a keyring still
// gets a visible SKIP. `reason` is a const char *.
#define BB_SKIP(reason)                                                                                      \
    do {                                                                                                     \
        if (qEnvironmentVariableIntValue("BB_NO_SKIPS") == 1)                                                \
            QFAIL(qPrintable(QStringLiteral("skipped, and BB_NO_SKIPS=1 makes a skip fail: ")                \
                             + QString::fromUtf8(reason)));                                                  \
        QSKIP(reason);                                                                                       \
    } while (false)
