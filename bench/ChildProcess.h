// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a program to completion and reports what QProcess cannot: its peak resident memory (sampled
// from /proc every 2 ms; see ChildProcess.cpp for why not wait4's ru_maxrss). Output is collected; each line
// of standard error can be time-stamped as it arrives, so a phase change that a child announces on stderr can
// be timed from outside.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace sos::bench {

struct ChildOptions
{
    QStringList environment; // "NAME=value" entries added to (or replacing) this process's environment
    int timeoutMs = -1;      // killed after this long; -1 waits for ever
    std::function<void(const QByteArray& line, double elapsedMs)> onStderrLine;
};

struct ChildResult
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1; // -1 when it did not exit normally
    int signal = 0;    // the signal that ended it, if any
    double wallMs = 0; // from before the spawn to after the reap
    double peakRssMb = 0;
    QByteArray out;
    QByteArray err;

    bool ok() const { return started && !timedOut && exitCode == 0; }
    QString describe() const; // why it failed, for the report
};

ChildResult runChild(const QString& program, const QStringList& arguments, const ChildOptions& options = {});

} // namespace sos::bench
