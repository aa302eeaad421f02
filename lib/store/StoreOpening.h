// SPDX-License-Identifier: GPL-3.0-or-later
// The one way the window and the command line get their store: open the file (a damaged one is kept
// aside, untouched, and a new store made in its place), then seed the bundled catalog the first time.
// Each says the outcome its own way: a dialog, or a line on standard error.
#pragma once

#include "Store.h"

namespace sos {

struct StoreOpening
{
    enum class Step
    {
        Open, // the file could not be opened or made: another --db PATH may do
        Seed  // the store opened, but the bundled catalog could not be written into it
    };

    Result<std::unique_ptr<Store>> store; // ready to use, or why not
    Step failedStep = Step::Open;         // which step failed, when store is an error
    QString recoveryNotice; // what to tell the user when a damaged file was kept aside; empty otherwise
};

StoreOpening openStore(const QString& path);

} // namespace sos
