// SPDX-License-Identifier: GPL-3.0-or-later
// shiporskip-feed: the reference feed server, and the commands that manage its store.
#include "FeedServer.h"
#include <base/AppPaths.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace sos;
using namespace sos::server;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shiporskip-feed"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHIPORSKIP_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The ShipOrSkip reference feed server.\n\n"
        "  shiporskip-feed --db PATH [--listen 127.0.0.1:PORT]   serve the feed (PORT 0: any free port)\n"
        "  shiporskip-feed --db PATH import FILE                 apply a feed document to the store\n"
        "  shiporskip-feed --db PATH token issue NAME            make a token for NAME (printed once)\n"
        "  shiporskip-feed --db PATH token revoke NAME           revoke NAME's token\n"
        "  shiporskip-feed --db PATH token list                  list the tokens\n\n"
        "--db takes an SQLite file's path (made when missing) or a PostgreSQL database's URL,\n"
        "postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE&connect_timeout=SECONDS],\n"
        "which several instances of the server can share."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("The server's database: an SQLite file's path or a postgresql:// URL "
                                     "(required)."),
                      QStringLiteral("PATH|URL")});
    parser.addOption({QStringLiteral("listen"),
                      QStringLiteral("Address and port to serve on (default 127.0.0.1:8080)."),
                      QStringLiteral("ADDRESS:PORT"), QStringLiteral("127.0.0.1:8080")});
    parser.addOption({QStringLiteral("gzip"),
                      QStringLiteral("Send pages gzipped to clients that accept it: remote (default: to "
                                     "clients on another machine), always, or never."),
                      QStringLiteral("WHEN"), QStringLiteral("remote")});
    parser.addOption({QStringLiteral("fault-every"),
                      QStringLiteral("For tests: handle every Nth request, then answer it with 503."),
                      QStringLiteral("N")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("import, token, or nothing to serve."));
    parser.process(app);

    if (!parser.isSet(QStringLiteral("db"))) {
        err << "shiporskip-feed: --db PATH or --db postgresql://USER@HOST:PORT/DATABASE is required.\n";
        return 2;
    }
    auto store = ServerStore::open(parser.value(QStringLiteral("db")));
    if (!store) {
        err << "shiporskip-feed: " << store.errorMessage() << '\n';
        // A malformed --db is a usage error; a database that cannot be reached or opened is a failure.
        return store.error().kind == Error::Kind::InvalidInput ? 2 : 1;
    }
    const QStringList args = parser.positionalArguments();

    if (args.value(0) == QLatin1String("import")) {
        if (args.size() != 2) {
            err << "shiporskip-feed: import takes one feed file.\n";
            return 2;
        }
        QFile file(args.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "shiporskip-feed: cannot read " << args.at(1) << ": " << file.errorString() << '\n';
            return 1;
        }
        auto stats = store.value()->importFeed(file.read(FeedParser::maxDocumentBytes + 1));
        if (!stats) {
            err << "shiporskip-feed: " << stats.errorMessage() << " (nothing was imported)\n";
            return 1;
        }
        out << "imported: " << stats->added << " added, " << stats->updated << " updated, "
            << stats->unchanged << " unchanged, " << stats->deleted << " deleted\n";
        return 0;
    }
    if (args.value(0) == QLatin1String("token")) {
        const QString action = args.value(1);
        if (action == QLatin1String("list") && args.size() == 2) {
            for (const QString& line : store.value()->tokenNames())
                out << line << '\n';
            return 0;
        }
        if ((action == QLatin1String("issue") || action == QLatin1String("revoke")) && args.size() == 3) {
            if (action == QLatin1String("issue")) {
                auto token = store.value()->issueToken(args.at(2));
                if (!token) {
                    err << "shiporskip-feed: " << token.errorMessage() << '\n';
                    return 1;
                }
                out << token.value() << '\n';
                err << "Keep this token secret: it is shown only now, and the server keeps only its hash.\n";
                return 0;
            }
            if (auto revoked = store.value()->revokeToken(args.at(2)); !revoked) {
                err << "shiporskip-feed: " << revoked.errorMessage() << '\n';
                return 1;
            }
            out << "revoked " << args.at(2) << '\n';
            return 0;
        }
        err << "shiporskip-feed: use token issue NAME, token revoke NAME or token list.\n";
        return 2;
    }
    if (!args.isEmpty()) {
        err << "shiporskip-feed: unknown command \"" << args.first() << "\"; see --help.\n";
        return 2;
    }

    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon < 0 || !portOk || port > 65535 || address.isNull()) {
        err << "shiporskip-feed: --listen takes ADDRESS:PORT, such as 127.0.0.1:8080.\n";
        return 2;
    }
    const QString gzip = parser.value(QStringLiteral("gzip"));
    if (gzip != QLatin1String("remote") && gzip != QLatin1String("always") &&
        gzip != QLatin1String("never")) {
        err << "shiporskip-feed: --gzip takes remote, always or never.\n";
        return 2;
    }
    // The records' JSON ready before the first page (what an older server or a crash left out).
    if (auto prepared = store.value()->prepareToServe(); !prepared)
        err << "shiporskip-feed: " << prepared.errorMessage() << " (pages are built from the catalog)\n";
    FeedServer server(*store.value(), err);
    server.setGzip(gzip == QLatin1String("always")  ? FeedServer::Gzip::Always
                   : gzip == QLatin1String("never") ? FeedServer::Gzip::Never
                                                    : FeedServer::Gzip::Remote);
    if (parser.isSet(QStringLiteral("fault-every")))
        server.setFaultEvery(parser.value(QStringLiteral("fault-every")).toInt());
    const quint16 bound = server.listen(address, static_cast<quint16>(port));
    if (bound == 0) {
        err << "shiporskip-feed: cannot listen on " << listen
            << " (in use, or not an address of this machine).\n";
        return 1;
    }
    out << "shiporskip-feed: serving http://" << address.toString() << ':' << bound << "/v1/feed.json"
        << Qt::endl;
    return app.exec();
}
