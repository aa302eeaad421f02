// SPDX-License-Identifier: GPL-3.0-or-later
// One command of shiporskip-cli (after KeePassXC's src/cli/Command.h): its name, the line the usage
// text gives it, the positional arguments and options it takes, and what it does. runCli() builds the
// parser from them, opens the store and runs the command; a command gets what else it needs (the
// chart renderer, the token store) through its constructor.
#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;
class QTextStream;

namespace sos {

class Store;

class Command
{
public:
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    // As typed on the command line.
    QString name() const { return QString::fromLatin1(m_name); }
    // One line, translated: the usage text's list and the command's --help.
    QString summary() const;
    // The positional arguments as --help shows them ("TOOL..."); empty when the command takes none.
    QString positional() const { return QString::fromLatin1(m_positional); }

    // The command's own options (--help and --db are every command's).
    virtual void addOptions(QCommandLineParser& parser) const = 0;
    // Does the work on the opened store; returns a CliExit.
    virtual int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                    QTextStream& err) const = 0;

protected:
    // summary: marked with QT_TRANSLATE_NOOP("sos::Cli", ...), translated when shown.
    Command(const char* name, const char* summary, const char* positional)
        : m_name(name)
        , m_summary(summary)
        , m_positional(positional)
    {}

    // --json, which most commands take.
    static QCommandLineOption jsonOption();

private:
    const char* m_name;
    const char* m_summary;
    const char* m_positional;
};

} // namespace sos
