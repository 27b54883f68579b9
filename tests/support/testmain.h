#pragma once

// The main() of every test executable: Qt's QTEST_*_MAIN, except that the process leaves with
// _Exit once the tests are done, as the CLI does (app/cli/main.cpp). In a clean-clone CI run,
// after all of tst_sandboxserver's tests had passed, OpenSSL's exit-time cleanup
// (OPENSSL_cleanup, an atexit handler) freed what Qt's TLS backend still held and aborted with a
// double free, failing a green run. Every test that opens a TLS connection can meet that race, so
// every test leaves this way. What the exit handlers would have done that matters is done first:
// the test object and the application are destroyed (their destructors still run and are still
// tested), the leak check runs under ASan, and the output is flushed.

#include <QTest>

namespace bb::test {

// Runs the leak check (under ASan), flushes stdout and stderr, and ends the process with status.
[[noreturn]] void leaveAfterTests(int status);

} // namespace bb::test

#define BB_TEST_MAIN_WRAPPER(TestObject, ...)                                                                \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        int status = 0;                                                                                      \
        {                                                                                                    \
            QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                               \
            __VA_ARGS__                                                                                      \
            TestObject tc;                                                                                   \
            QTEST_SET_MAIN_SOURCE_PATH                                                                       \
            status = QTest::qExec(&tc, argc, argv);                                                          \
        }                                                                                                    \
        bb::test::leaveAfterTests(status);                                                                   \
    }

// QTEST_MAIN: a QApplication in widget tests (QT_WIDGETS_LIB), else QGuiApplication/QCoreApplication.
#define BB_TEST_MAIN(TestObject) BB_TEST_MAIN_WRAPPER(TestObject, QTEST_MAIN_SETUP())
// QTEST_GUILESS_MAIN: a QCoreApplication.
#define BB_TEST_GUILESS_MAIN(TestObject) BB_TEST_MAIN_WRAPPER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
// QTEST_APPLESS_MAIN: no application object.
#define BB_TEST_APPLESS_MAIN(TestObject) BB_TEST_MAIN_WRAPPER(TestObject)
