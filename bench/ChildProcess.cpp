// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace sos::bench {

namespace {

constexpr int samplingMs = 2;

// The child's peak resident set so far (VmHWM, KiB), 0 once it is gone. wait4's ru_maxrss cannot be
// used: a child made by fork or posix_spawn starts from a copy of (or shares) this process's memory
// until it execs, and Linux carries that high-water mark over the exec, so a small child of a large
// parent reports the parent's size. VmHWM belongs to the memory the program itself mapped.
long highWaterMarkKb(pid_t pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/status", static_cast<int>(pid));
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    char text[4096];
    const ssize_t size = read(fd, text, sizeof text - 1);
    close(fd);
    if (size <= 0)
        return 0;
    text[size] = '\0';
    const char* line = std::strstr(text, "VmHWM:");
    return line ? std::strtol(line + 6, nullptr, 10) : 0;
}

} // namespace

QString ChildResult::describe() const
{
    if (!started)
        return QStringLiteral("could not be started");
    if (timedOut)
        return QStringLiteral("timed out after %1 ms").arg(wallMs, 0, 'f', 0);
    if (signal != 0)
        return QStringLiteral("killed by signal %1").arg(signal);
    QString text = QStringLiteral("exit code %1").arg(exitCode);
    const QString tail = QString::fromUtf8(err.right(400)).trimmed();
    if (!tail.isEmpty())
        text += QStringLiteral(": ") + tail;
    return text;
}

ChildResult runChild(const QString& program, const QStringList& arguments, const ChildOptions& options)
{
    ChildResult result;

    // Everything the child needs is built before the spawn.
    std::vector<std::string> argStorage{program.toStdString()};
    for (const QString& argument : arguments)
        argStorage.push_back(argument.toStdString());
    std::vector<char*> argv;
    for (std::string& argument : argStorage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    std::map<std::string, std::string> environment;
    for (char** entry = environ; *entry; ++entry) {
        const std::string text(*entry);
        const auto equals = text.find('=');
        if (equals != std::string::npos)
            environment[text.substr(0, equals)] = text.substr(equals + 1);
    }
    for (const QString& entry : options.environment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals > 0)
            environment[entry.left(equals).toStdString()] = entry.mid(equals + 1).toStdString();
    }
    std::vector<std::string> envStorage;
    for (const auto& [name, value] : environment)
        envStorage.push_back(name + '=' + value);
    std::vector<char*> envp;
    for (std::string& entry : envStorage)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    int outPipe[2];
    int errPipe[2];
    if (pipe2(outPipe, O_CLOEXEC) != 0)
        return result;
    if (pipe2(errPipe, O_CLOEXEC) != 0) {
        close(outPipe[0]);
        close(outPipe[1]);
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(outPipe[1]);
    close(errPipe[1]);
    if (spawned != 0) {
        close(outPipe[0]);
        close(errPipe[0]);
        return result;
    }
    result.started = true;

    // Read both pipes until both are closed, time-stamping each complete line of stderr.
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    long peakKb = 0;
    int open = 2;
    qsizetype errLineStart = 0;
    char buffer[65536];
    while (open > 0) {
        int wait = samplingMs;
        if (options.timeoutMs >= 0) {
            wait = std::max<int>(0, options.timeoutMs - static_cast<int>(timer.elapsed()));
            if (wait == 0 && !result.timedOut) {
                result.timedOut = true;
                kill(pid, SIGKILL);
            }
            if (result.timedOut)
                wait = 1000;
            wait = std::min(wait, samplingMs);
        }
        peakKb = std::max(peakKb, highWaterMarkKb(pid));
        const int ready = poll(fds, 2, wait);
        if (ready < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t got = read(fds[i].fd, buffer, sizeof buffer);
            if (got <= 0) {
                if (got < 0 && errno == EINTR)
                    continue;
                close(fds[i].fd);
                fds[i].fd = -1;
                --open;
                continue;
            }
            QByteArray& sink = i == 0 ? result.out : result.err;
            sink.append(buffer, got);
            if (i == 1 && options.onStderrLine) {
                qsizetype newline;
                while ((newline = result.err.indexOf('\n', errLineStart)) >= 0) {
                    options.onStderrLine(result.err.mid(errLineStart, newline - errLineStart),
                                         static_cast<double>(timer.nsecsElapsed()) / 1e6);
                    errLineStart = newline + 1;
                }
            }
        }
    }
    for (const pollfd& fd : fds) {
        if (fd.fd >= 0)
            close(fd.fd);
    }

    // Both pipes are closed: the child is exiting. Keep sampling until it is gone.
    int status = 0;
    for (;;) {
        peakKb = std::max(peakKb, highWaterMarkKb(pid));
        const pid_t reaped = waitpid(pid, &status, WNOHANG);
        if (reaped == pid || (reaped < 0 && errno != EINTR))
            break;
        usleep(1000);
    }
    result.wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    result.peakRssMb = static_cast<double>(peakKb) / 1024.0;
    if (WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        result.signal = WTERMSIG(status);
    return result;
}

} // namespace sos::bench
