#pragma once

class QThread;

namespace bb {

// The thread downloads' connections run on (sockets, TLS decryption), so that a busy GUI thread
// neither slows a transfer down nor pays for its bytes: at 100-300 MB/s over HTTPS, decryption
// on the GUI thread made up most of its longest stalls (bench/results/gui.md). One for the
// process, started on first use and stopped when the QCoreApplication is destroyed.
namespace TransferThread {
QThread *get();
} // namespace TransferThread

} // namespace bb
