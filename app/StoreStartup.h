// SPDX-License-Identifier: GPL-3.0-or-later
// The store for the window, opened without a blank wait: a migration to this version's schema can take
// long on a large catalog, so the store is opened first on a thread of its own (and closed there: a
// connection belongs to the thread that opened it) while this thread shows a small window with a busy
// bar once it takes longer than a moment. Then it is opened here, as the window uses it, which is
// quick.
#pragma once

#include <store/StoreOpening.h>

namespace sos {

StoreOpening openStoreShowingProgress(const QString& path);

} // namespace sos
