// SPDX-License-Identifier: GPL-3.0-or-later
// Hooks of the GUI for tests that drive the real process from outside (hidden from --help):
// --type-draft TOOL types a text into the editor pane key by key, printing "typed N" after each key,
// so a test can kill the process at a known point; --dump-editor prints the draft the editor restored
// on start as JSON and quits.
#pragma once

#include <QString>

namespace sos {

class MainWindow;

void typeDraft(MainWindow& window, const QString& toolId, const QString& text, int intervalMs);
void dumpEditorAndQuit(MainWindow& window);

} // namespace sos
