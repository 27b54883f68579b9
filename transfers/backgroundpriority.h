#pragma once

namespace bb {

// Puts the calling thread below the GUI thread for the CPU: for threads that move download
// bytes (decryption, CRC, writes). On a busy 2-core machine they are runnable most of the time,
// and at the same priority the scheduler let the GUI thread wait 50-200 ms for a core while
// its own work took under 25 ms (bench/results/gui.md). Downloads lose only the moments the GUI
// actually uses; network and disk keep them busy the rest of the time.
void lowerThisThreadsPriority();

} // namespace bb
