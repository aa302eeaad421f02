// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

#include <base/Localization.h>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QTextTable>

namespace sos {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A chart's place in the document is an image whose name is this scheme and the chart's number.
const QString chartScheme = QStringLiteral("sos-chart:");
const QString dash = QStringLiteral("\u2014");
const QString differingRowColor = QStringLiteral("#fbefd5");
// Under this many votes a pie or a percentage claims a precision the votes do not have: counts only.
constexpr qreal htmlChartWidth = 660; // points: the page's 60em

QString verdictColor(Verdict verdict)
{
    return verdict == Verdict::Ship ? QStringLiteral("#1e6b34") : QStringLiteral("#a32020");
}

QString tableStart()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\" "
                          "style=\"border-collapse: collapse; border-color: #8a8a8a;\">");
}

QString dateTimeText(const QDateTime& time)
{
    return time.isValid() ? Report::tr("%1 UTC").arg(localDateTime(time.toUTC())) : Report::tr("never");
}

// A panel of a few reviewers is a few opinions: a count, never a bare percentage.
QString panelText(const PanelScore& panel)
{
    if (panel.reviews == 0)
        return dash;
    return Report::tr("%L1 of %L2").arg(panel.ships).arg(panel.reviews);
}

// The feed's votes only: the user's own vote, until the feed counts it, is said apart.
QString communityText(const ComparisonModel& model, int column)
{
    if (!model.isPublished())
        return Report::tr("n/a (not a published comparison)");
    const CommunityFigure figure = model.community(column);
    if (!figure.percent())
        return Report::tr("%1 (no votes yet)").arg(dash);
    if (figure.total < ComparisonModel::handfulOfVotes)
        return Report::tr("%L1 of %L2").arg(figure.votes).arg(figure.total);
    return Report::tr("%L1 of %L2 (%L3%)").arg(figure.votes).arg(figure.total).arg(*figure.percent());
}

// "Your vote (pending, not counted yet): Gemma 3n", or nothing when the feed has counted it or there is none.
QString pendingVoteText(const ComparisonModel& model)
{
    for (int column = 0; column < model.toolCount(); ++column) {
        if (model.community(column).myPendingVote)
            return Report::tr("Your vote (pending, not counted yet): %1")
                .arg(model.tool(column).summary.tool.name);
    }
    return {};
}

std::optional<ReportChart> chartOf(const QTextFormat& format)
{
    const QString name = format.toImageFormat().name();
    if (!name.startsWith(chartScheme))
        return std::nullopt;
    bool ok = false;
    const int kind = name.mid(chartScheme.size()).toInt(&ok);
    return ok ? std::optional(static_cast<ReportChart>(kind)) : std::nullopt;
}

// Draws the charts that sit in the document as images, through the renderer, at print time: on a
// PDF device they stay vectors. Each is as large as the renderer says its content needs.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const ComparisonModel& model, const ReportChartRenderer& renderer, qreal width, qreal dpi)
        : m_model(model)
        , m_renderer(renderer)
        , m_width(width)
        , m_pointScale(dpi / 72.0)
    {}

    // The part of the document on the page being painted, in document coordinates.
    void setPage(const QRectF& page) { m_page = page; }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        const auto chart = chartOf(format);
        if (!chart)
            return {};
        const QSizeF points = m_renderer.size(*chart, m_model, m_width / m_pointScale);
        return {std::min(m_width, points.width() * m_pointScale), points.height() * m_pointScale};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override
    {
        // The layout also asks for objects that start on the next page, and scene rendering does not
        // keep to the page clip: draw only what lies on the page being painted.
        const auto chart = chartOf(format);
        if (!chart || m_page.intersected(rect).height() < 1.0) // touching the page edge is not being on it
            return;
        painter->save();
        painter->setClipRect(m_page, Qt::IntersectClip);
        m_renderer.render(*chart, m_model, *painter, rect);
        painter->restore();
    }

private:
    const ComparisonModel& m_model;
    const ReportChartRenderer& m_renderer;
    qreal m_width;
    qreal m_pointScale; // device units per point
    QRectF m_page;
};

bool isChartBlock(const QTextBlock& block)
{
    for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
        if (chartOf(fragment.fragment().charFormat()))
            return true;
    }
    return false;
}

// Space between blocks, in points: a caption never runs into the heading after it, and no block
// takes the HTML defaults' generous margins.
void setSpacing(QTextDocument& document)
{
    // The layout reads block and frame margins as CSS pixels (96 to the inch) and scales them to the device.
    constexpr qreal point = 96.0 / 72.0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        QTextCursor cursor(block);
        const bool inTable = cursor.currentTable() != nullptr;
        switch (format.headingLevel()) {
        case 1:
            format.setTopMargin(0);
            format.setBottomMargin(6 * point);
            break;
        case 2:
            format.setTopMargin(12 * point);
            format.setBottomMargin(4 * point);
            break;
        case 3:
            format.setTopMargin(9 * point);
            format.setBottomMargin(3 * point);
            break;
        default:
            format.setTopMargin(0);
            format.setBottomMargin(inTable ? 0 : 5 * point);
            // The empty block the layout keeps after each table adds no space of its own.
            if (!inTable && block.length() <= 1) {
                format.setBottomMargin(0);
                format.setLineHeight(1, QTextBlockFormat::FixedHeight);
            }
        }
        cursor.setBlockFormat(format);
    }
    // A table keeps a little space below it, before the paragraph or heading that follows.
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        QTextFrameFormat format = frame->frameFormat();
        format.setTopMargin(2 * point);
        format.setBottomMargin(6 * point);
        frame->setFrameFormat(format);
    }
}

// A heading stays with the first lines of what follows it, and a chart with its caption: when they would
// be split by the end of a page, the heading (or chart) moves to the next page with them.
void keepWithNext(QTextDocument& document, qreal pageHeight, qreal cssPixel)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const auto keeps = [](const QTextBlock& block) {
        return block.blockFormat().headingLevel() > 0 || isChartBlock(block);
    };
    const auto pageOf = [&](qreal y) {
        return static_cast<int>(std::floor(y / pageHeight));
    };
    // Each pass moves one group; a group that starts a page already is left as it is, so this ends.
    for (int pass = 0; pass < 1000; ++pass) {
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            const QTextBlock next = block.next();
            if (!keeps(block) || !next.isValid())
                continue;
            const QRectF here = layout->blockBoundingRect(block);
            const QRectF there = layout->blockBoundingRect(next);
            // A chart needs its whole caption; a heading a chart, the first lines of a paragraph, or
            // the first two rows of a table.
            qreal end = there.bottom();
            if (const QTextTable* table = QTextCursor(next).currentTable(); table && !isChartBlock(block)) {
                const QTextBlock second =
                    table->cellAt(std::min(1, table->rows() - 1), 0).firstCursorPosition().block();
                end = std::max(end, layout->blockBoundingRect(second).bottom());
            } else if (!isChartBlock(block) && next.layout() && next.layout()->lineCount() > 0) {
                end = std::min(end, there.top() + 3 * next.layout()->lineAt(0).height());
            }
            if (pageOf(here.top()) == pageOf(end - 1))
                continue;
            QTextBlock start = block;
            while (start.previous().isValid() && keeps(start.previous()))
                start = start.previous();
            const qreal top =
                layout->blockBoundingRect(start).top() - start.blockFormat().topMargin() * cssPixel;
            if (start.blockFormat().pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore) ||
                top - pageOf(top) * pageHeight < 1)
                continue; // at the top of a page already: moving it would not help
            QTextBlockFormat format = start.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(start).setBlockFormat(format);
            moved = true;
        }
        if (!moved)
            return;
    }
}

QString pdfString(const QString& text)
{
    // UTF-16BE with a byte order mark, as hex: any text, no escaping rules to get wrong.
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return QString::fromLatin1(hex + '>');
}

// Qt 6.4's PDF writer sets only the title and creator in the document information dictionary. This
// appends an incremental update (a standard PDF mechanism: the original bytes stay as they are) with a
// complete one: title, author, subject, keywords, creator, producer.
Result<void> appendInfo(QByteArray& pdf, const QList<std::pair<const char*, QString>>& fields)
{
    static const QRegularExpression sizeRe(QStringLiteral("/Size (\\d+)"));
    static const QRegularExpression rootRe(QStringLiteral("/Root (\\d+ \\d+ R)"));
    static const QRegularExpression startRe(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$"));
    const QString tail = QString::fromLatin1(pdf.right(1024));
    const auto size = sizeRe.match(tail);
    const auto root = rootRe.match(tail);
    const auto start = startRe.match(tail);
    if (!size.hasMatch() || !root.hasMatch() || !start.hasMatch())
        return Error{Report::tr("Unexpected PDF trailer: cannot add the document information."),
                     Error::Kind::Internal};
    const int object = size.captured(1).toInt();
    if (!pdf.endsWith('\n'))
        pdf += '\n';
    const qsizetype offset = pdf.size();
    QByteArray info = QByteArray::number(object) + " 0 obj\n<<\n";
    for (const auto& [key, value] : fields)
        info += '/' + QByteArray(key) + ' ' + pdfString(value).toLatin1() + '\n';
    info += ">>\nendobj\n";
    pdf += info;
    const qsizetype xref = pdf.size();
    pdf += "xref\n" + QByteArray::number(object) + " 1\n" +
           QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \ntrailer\n<<\n/Size " +
           QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1() + "\n/Info " +
           QByteArray::number(object) + " 0 R\n/Prev " + start.captured(1).toLatin1() + "\n>>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return {};
}

QByteArray xmpMetadata(const QString& title, const QString& author, const QString& subject)
{
    const QString xmp =
        QStringLiteral(
            "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
            "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>"
            "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>")
            .arg(esc(title), esc(author), esc(subject));
    return xmp.toUtf8();
}

// Writes the whole file beside its final place and renames it there: all or nothing.
Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Report::tr("Cannot write %1: %2").arg(path, file.errorString()),
                     Error::Kind::FileSystem};
    return {};
}

} // namespace

QPageSize ReportOptions::defaultPageSize()
{
    return QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                : QPageSize::A4);
}

Provenance Provenance::fromStore(const Store& store)
{
    Provenance provenance;
    provenance.feedId = store.meta().value(FeedMeta::Key::FeedId);
    provenance.feedUrl = store.meta().value(FeedMeta::Key::FeedUrl);
    provenance.feedGeneratedAt = timestampFromString(store.meta().value(FeedMeta::Key::FeedGeneratedAt));
    provenance.lastSync = timestampFromString(store.meta().value(FeedMeta::Key::LastSyncAt));
    provenance.generatedAt = QDateTime::currentDateTimeUtc();
    provenance.appVersion = QStringLiteral(SHIPORSKIP_VERSION);
    return provenance;
}

QString Provenance::toText() const
{
    const QString source = feedUrl.isEmpty()
                               ? Report::tr("feed \u201c%1\u201d (the catalog bundled with the app)")
                                     .arg(feedId.isEmpty() ? dash : feedId)
                               : Report::tr("feed \u201c%1\u201d at %2").arg(feedId, feedUrl);
    return Report::tr("Source: %1, published %2. Last successful sync: %3. Generated %4 by ShipOrSkip %5.")
        .arg(source, dateTimeText(feedGeneratedAt), dateTimeText(lastSync), dateTimeText(generatedAt),
             appVersion);
}

Report::Report(const ComparisonModel& model, Provenance provenance, ReportOptions options,
               const ReportChartRenderer* charts)
    : m_model(model)
    , m_provenance(std::move(provenance))
    , m_options(std::move(options))
    , m_charts(charts)
{}

QString Report::title() const
{
    return m_model.title();
}

QString Report::fileNameFor(const ComparisonModel& model, ReportFormat format)
{
    QString name = model.title().toLower();
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    name.replace(unsafe, QStringLiteral("-"));
    name = name.left(100);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return (name.isEmpty() ? QStringLiteral("comparison") : name) + QLatin1Char('.') + enumName(format);
}

QList<ReportChart> Report::chartsToDraw() const
{
    QList<ReportChart> charts;
    if (!m_options.charts || !m_charts)
        return charts;
    // A chart with nothing to draw is left out; its caption still says so. Under a handful of votes
    // the caption's counts say more than a pie.
    charts << ReportChart::PanelSplit;
    if (m_model.voteSplitWorthAChart())
        charts << ReportChart::CommunitySplit;
    if (m_options.voteHistory && m_model.voteHistoryPointCount() >= 2)
        charts << ReportChart::VoteHistory;
    return charts;
}

QString Report::chartDescription(ReportChart chart) const
{
    QStringList items;
    switch (chart) {
    case ReportChart::PanelSplit:
        for (const PanelSplitBar& bar : m_model.panelSplit())
            items << tr("%1: %L2 ship, %L3 skip").arg(bar.toolName).arg(bar.ships).arg(bar.skips);
        return tr("Panel verdicts per tool. %1.").arg(items.join(QStringLiteral("; ")));
    case ReportChart::CommunitySplit: {
        for (int column = 0; column < m_model.toolCount(); ++column)
            items << tr("%1: %2").arg(m_model.tool(column).summary.tool.name, communityText(m_model, column));
        const QString pending = pendingVoteText(m_model);
        const QString text = tr("Community vote. %1.").arg(items.join(QStringLiteral("; ")));
        return pending.isEmpty() ? text : tr("%1 %2.").arg(text, pending);
    }
    case ReportChart::VoteHistory:
        return m_model.voteHistoryPointCount() < 2
                   ? tr("Community vote over time: fewer than two tallies so far, so there is no line to "
                        "draw.")
                   : tr("Community vote over time, from %n tallies.", nullptr,
                        m_model.voteHistoryPointCount());
    }
    return {};
}

QString Report::headHtml() const
{
    const int columns = m_model.toolCount();
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(m_model.title()));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(m_model.isPublished() ? tr("A published comparison of %n tool(s).", nullptr, columns)
                                           : tr("An ad-hoc comparison of %n tool(s).", nullptr, columns)));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Provenance.")), esc(m_provenance.toText()));
    QStringList names;
    for (int column = 0; column < columns; ++column)
        names << m_model.tool(column).summary.tool.name;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Which one should you ship with?")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("The candidates: %1.").arg(QLocale().createSeparatedList(names))));
    return html;
}

void Report::setRanking(const Ranking& ranking)
{
    m_ranking = ranking;
}

void Report::setDecision(const DecisionStatus& decision)
{
    m_decision = decision;
}

// The compared tools in rank order under the profile, each with its score, the must-haves it fails and
// the reasons; then the smallest changes of evidence that would change the top.
QString Report::rankingHtml() const
{
    if (!m_ranking)
        return {};
    const Ranking& ranking = *m_ranking;
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg(esc(tr("The ranking under the profile \u201c%1\u201d").arg(ranking.profile.displayName())));
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(ranking.headline));
    html += tableStart() + QStringLiteral("<tr>");
    for (const QString& heading : {tr("Rank"), tr("Tool"), tr("Score"), tr("Reasons")})
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(heading));
    html += QStringLiteral("</tr>");
    for (const RankedTool& tool : ranking.tools) {
        const QString rank = tool.tied ? tr("%L1 (tie)").arg(tool.rank) : QLocale().toString(tool.rank);
        QString reasons;
        for (const QString& failed : tool.mustHavesFailed)
            reasons += QStringLiteral("<b>%1</b><br>").arg(esc(tr("Fails the must-have: %1.").arg(failed)));
        reasons += esc(tool.reasons.join(QLatin1Char(' ')));
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(rank), esc(tool.name), esc(tool.scoreText), reasons);
    }
    html += QStringLiteral("</table>");
    if (ranking.flipsIf.isEmpty())
        return html + QStringLiteral("<p><b>%1</b> %2</p>")
                          .arg(esc(tr("What would change the top:")), esc(ranking.stability));
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("What would change the top:")));
    for (const QString& flip : ranking.flipsIf)
        html += QStringLiteral("<li>%1</li>").arg(esc(flip));
    return html + QStringLiteral("</ul>");
}

// The recorded decision, the evidence it rested on, and what changed in that evidence since.
QString Report::decisionHtml() const
{
    if (!m_decision)
        return {};
    const DecisionStatus& status = *m_decision;
    const Decision& decision = status.decision;
    const EvidenceSnapshot& snapshot = decision.snapshot;
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("The decision")));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Chosen: %1.").arg(status.toolName)),
                     esc(tr("Decided by %1 on %2, under the profile \u201c%3\u201d.")
                             .arg(decision.by, dateTimeText(decision.decidedAt),
                                  decision.profile.displayName())));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Rationale:")), esc(decision.rationale));
    const QString feed = snapshot.feedUrl.isEmpty()
                             ? tr("feed \u201c%1\u201d (the catalog bundled with the app)")
                                   .arg(snapshot.feedId.isEmpty() ? dash : snapshot.feedId)
                             : tr("feed \u201c%1\u201d at %2").arg(snapshot.feedId, snapshot.feedUrl);
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("The evidence it rested on:")),
                     esc(tr("%1, last successful sync %2, ShipOrSkip %3; taken %4.")
                             .arg(feed, dateTimeText(snapshot.lastSync), snapshot.appVersion,
                                  dateTimeText(snapshot.takenAt))));
    if (!status.evidenceChanged()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("What changed since:")), esc(tr("Nothing changed since.")));
    } else {
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(esc(tr("What changed since: the evidence changed; review this decision.")));
        for (const EvidenceChange& change : status.changesSince)
            html += QStringLiteral("<li>%1</li>").arg(esc(change.toDisplayString()));
        html += QStringLiteral("</ul>");
    }
    if (status.supersededBy != 0)
        html +=
            QStringLiteral("<p><i>%1</i></p>")
                .arg(esc(tr("A later decision (number %L1) supersedes this one.").arg(status.supersededBy)));
    return html;
}

// Lens by tool, the verdicts written out, the rows where they differ marked; then where each tool loses.
QString Report::matrixHtml() const
{
    const int columns = m_model.toolCount();
    const QStringList differingIds = m_model.differingLensIds();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Verdict by lens")));
    html += tableStart() + QStringLiteral("<tr><th align=\"left\">%1</th>").arg(esc(tr("Lens")));
    for (int column = 0; column < columns; ++column)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(m_model.tool(column).summary.tool.name));
    html += QStringLiteral("</tr>");
    for (const Lens& lens : m_model.lenses()) {
        const bool differs = differingIds.contains(lens.id);
        html +=
            differs ? QStringLiteral("<tr bgcolor=\"%1\">").arg(differingRowColor) : QStringLiteral("<tr>");
        html += QStringLiteral("<td><b>%1</b></td>")
                    .arg(esc(differs ? tr("%1 (the verdicts differ)").arg(lens.name) : lens.name));
        for (int column = 0; column < columns; ++column) {
            const auto verdict = m_model.verdict(lens.id, column);
            html += verdict ? QStringLiteral("<td><b><span style=\"color: %1;\">%2</span></b></td>")
                                  .arg(verdictColor(*verdict), esc(verdictLabel(*verdict)))
                            : QStringLiteral("<td>%1</td>").arg(esc(tr("not reviewed")));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(tr("Where it loses")));
    for (int column = 0; column < columns; ++column)
        html += QStringLiteral("<td>%1</td>").arg(esc(m_model.lossSummary(column)));
    html += QStringLiteral("</tr></table>");

    QStringList differing;
    for (const Lens& lens : m_model.lenses()) {
        if (differingIds.contains(lens.id))
            differing << lens.name;
    }
    html +=
        QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(esc(tr("Where the lenses disagree:")),
                 esc(differing.isEmpty() ? tr("nowhere; every lens reaches the same verdict on every tool.")
                                         : QLocale().createSeparatedList(differing) + QLatin1Char('.')));
    return html;
}

QString Report::summaryHtml() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Executive summary")));
    html += tableStart() + QStringLiteral("<tr>");
    for (const QString& heading : {tr("Tool"), tr("Panel ship"), tr("Pricing entry"), tr("License"),
                                   tr("Deployment"), tr("Community")})
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(heading));
    html += QStringLiteral("</tr>");
    for (int column = 0; column < m_model.toolCount(); ++column) {
        const ToolSummary& summary = m_model.tool(column).summary;
        html += QStringLiteral(
                    "<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(summary.tool.name), esc(panelText(summary.panel)),
                         esc(pricingLabel(summary.tool.pricing)), esc(summary.tool.license),
                         esc(deploymentLabel(summary.tool.deployment)), esc(communityText(m_model, column)));
    }
    html += QStringLiteral("</table>");
    // The user's own vote, until the feed counts it, is never in the community's figures.
    if (const QString pending = pendingVoteText(m_model); !pending.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(pending));
    return html;
}

QString Report::sideBySideHtml() const
{
    const int columns = m_model.toolCount();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Side by side")));
    html += tableStart() + QStringLiteral("<tr><th></th>");
    for (int column = 0; column < columns; ++column)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(m_model.tool(column).summary.tool.name));
    html += QStringLiteral("</tr>");
    auto factRow = [&](const QString& label, auto value) {
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(label));
        for (int column = 0; column < columns; ++column)
            html += QStringLiteral("<td>%1</td>").arg(esc(value(m_model.tool(column).summary, column)));
        html += QStringLiteral("</tr>");
    };
    const auto orDash = [](const QString& text) {
        return text.isEmpty() ? dash : text;
    };
    factRow(tr("Vendor"), [&](const ToolSummary& s, int) { return orDash(s.tool.vendor); });
    factRow(tr("Category"), [&](const ToolSummary& s, int) { return orDash(s.tool.category); });
    factRow(tr("Tagline"), [&](const ToolSummary& s, int) { return orDash(s.tool.tagline); });
    factRow(tr("Pricing entry"), [&](const ToolSummary& s, int) { return pricingLabel(s.tool.pricing); });
    factRow(tr("Free and paid"), [&](const ToolSummary& s, int) { return orDash(s.tool.pricingNote); });
    factRow(tr("License"), [&](const ToolSummary& s, int) { return orDash(s.tool.license); });
    factRow(tr("Deployment"),
            [&](const ToolSummary& s, int) { return orDash(deploymentLabel(s.tool.deployment)); });
    factRow(tr("Parameters"), [&](const ToolSummary& s, int) {
        return orDash(s.tool.parameterSizes.join(QStringLiteral(", ")));
    });
    factRow(tr("Panel ship"), [&](const ToolSummary& s, int) { return panelText(s.panel); });
    factRow(tr("Community"), [&](const ToolSummary&, int column) { return communityText(m_model, column); });
    html += QStringLiteral("</table>");
    return html;
}

QString Report::historyHtml() const
{
    QString history = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Community vote history")));
    if (m_model.voteHistoryPointCount() == 0)
        return history + QStringLiteral("<p>%1</p>")
                             .arg(esc(tr("The feed has reported no tallies for this comparison yet.")));
    history += tableStart() + QStringLiteral("<tr><th align=\"left\">%1</th>").arg(esc(tr("Tool")));
    history += QStringLiteral("<th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                   .arg(esc(tr("Recorded")), esc(tr("Votes")));
    for (const HistorySeries& line : m_model.voteHistory()) {
        for (const auto& [when, votes] : line.points) {
            history += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                           .arg(esc(line.toolName), esc(dateTimeText(when)), QLocale().toString(votes));
        }
    }
    return history + QStringLiteral("</table>");
}

QString Report::scorecardsHtml() const
{
    QString cards = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Scorecards")));
    const QStringList differingIds = m_model.differingLensIds();
    for (const Lens& lens : m_model.lenses()) {
        cards += QStringLiteral("<h3>%1</h3>")
                     .arg(esc(differingIds.contains(lens.id) ? tr("%1 (the verdicts differ)").arg(lens.name)
                                                             : lens.name));
        if (!lens.summary.isEmpty())
            cards += QStringLiteral("<p><i>%1</i></p>").arg(esc(lens.summary));
        for (int column = 0; column < m_model.toolCount(); ++column) {
            const QString name = m_model.tool(column).summary.tool.name;
            const QList<Review> reviews = m_model.reviews(lens.id, column);
            if (reviews.isEmpty()) {
                cards += QStringLiteral("<p><b>%1: %2</b></p>")
                             .arg(esc(name), esc(tr("not reviewed through this lens")));
                continue;
            }
            for (const Review& review : reviews) {
                cards += QStringLiteral("<p><b>%1: <span style=\"color: %2;\">%3</span></b></p>")
                             .arg(esc(name), verdictColor(review.verdict),
                                  esc(QLocale().toUpper(verdictLabel(review.verdict))));
                cards += QStringLiteral("<p>%1</p>").arg(esc(review.text));
                cards += QStringLiteral("<p><i>%1</i></p>")
                             .arg(esc(tr("\u2014 %1, %2")
                                          .arg(review.author.isEmpty() ? dash : review.author,
                                               localDate(review.updatedAt.toUTC().date()))));
            }
        }
    }
    return cards;
}

QList<Report::Part> Report::parts() const
{
    // The answer first: the question and the verdicts; then the figures, the charts and the full text.
    QList<Part> list{
        {headHtml() + rankingHtml() + decisionHtml() + matrixHtml() + summaryHtml() + sideBySideHtml(),
         std::nullopt}};
    const QList<ReportChart> charts = chartsToDraw();
    if (!charts.isEmpty()) {
        list << Part{QStringLiteral("<h2>%1</h2>").arg(esc(tr("Charts"))), std::nullopt};
        for (ReportChart chart :
             {ReportChart::PanelSplit, ReportChart::CommunitySplit, ReportChart::VoteHistory}) {
            if (charts.contains(chart))
                list << Part{{}, chart};
            // A chart left out still has its caption, which says why (the history only when asked for).
            if (charts.contains(chart) || chart != ReportChart::VoteHistory || m_options.voteHistory)
                list << Part{QStringLiteral("<p><i>%1</i></p>").arg(esc(chartDescription(chart))),
                             std::nullopt};
        }
    }
    if (m_options.voteHistory && m_model.isPublished())
        list << Part{historyHtml(), std::nullopt};
    if (m_options.scorecards)
        list << Part{scorecardsHtml(), std::nullopt};
    return list;
}

int Report::paint(QPagedPaintDevice& device) const
{
    if (m_options.pageSize.isValid()) // a printer keeps the paper its dialog chose
        device.setPageSize(m_options.pageSize);
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter);
    const qreal dpi = device.logicalDpiY();
    const qreal mm = dpi / 25.4;
    const qreal width = device.width();
    const qreal headerHeight = 9 * mm;
    const qreal footerHeight = 9 * mm;
    const qreal bodyHeight = device.height() - headerHeight - footerHeight;

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    // No ligatures: "ffi" stays three letters, so copying and searching the PDF finds the words.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(width, bodyHeight));
    std::unique_ptr<ChartObject> chartObject;
    if (m_charts) {
        chartObject = std::make_unique<ChartObject>(m_model, *m_charts, width, dpi);
        // The charts are the document's only images: each is drawn by the renderer, as vectors.
        document.documentLayout()->registerHandler(QTextFormat::ImageObject, chartObject.get());
    }
    QString html;
    for (const Part& part : parts()) {
        html += part.chart ? QStringLiteral("<p align=\"center\"><img src=\"%1%2\"></p>")
                                 .arg(chartScheme)
                                 .arg(static_cast<int>(*part.chart))
                           : part.html;
    }
    document.setHtml(html);
    setSpacing(document);
    keepWithNext(document, bodyHeight, dpi / 96.0);

    const int pages = document.pageCount();
    QPainter painter(&device);
    QFont small = font;
    small.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        // Charts are drawn by their own code: clip here too, so nothing reaches past the page body.
        painter.setClipRect(QRectF(0, headerHeight, width, bodyHeight));
        painter.translate(0, headerHeight - page * bodyHeight);
        const QRectF body(0, page * bodyHeight, width, bodyHeight);
        if (chartObject)
            chartObject->setPage(body);
        // A line that starts (or ends) exactly on the page's edge belongs to one page only: the layout
        // draws every line touching the rectangle, and a line clipped away is still text in the PDF,
        // found twice by a search.
        document.drawContents(&painter, body.adjusted(0, 0.5, 0, -0.5));
        painter.restore();

        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF header(0, 0, width, headerHeight - 2 * mm);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_model.title());
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, tr("ShipOrSkip comparison report"));
        painter.drawLine(QPointF(0, headerHeight - 1.2 * mm), QPointF(width, headerHeight - 1.2 * mm));
        const QRectF footer(0, headerHeight + bodyHeight + 2 * mm, width, footerHeight - 2 * mm);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, dateTimeText(m_provenance.generatedAt));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                         tr("Page %L1 of %L2").arg(page + 1).arg(pages));
    }
    painter.end();
    return pages;
}

Result<void> Report::write(ReportFormat format, const QString& path) const
{
    switch (format) {
    case ReportFormat::Pdf:
        if (auto pages = writePdf(path); !pages)
            return pages.error();
        return {};
    case ReportFormat::Html:
        return writeHtml(path);
    case ReportFormat::Csv:
        return writeCsv(path);
    }
    return {};
}

Result<int> Report::writePdf(const QString& path) const
{
    QByteArray bytes;
    int pages = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("ShipOrSkip %1").arg(m_provenance.appVersion));
        const QString subject = tr("AI tool comparison: %1").arg(title());
        writer.setDocumentXmpMetadata(xmpMetadata(title(), tr("ShipOrSkip"), subject));
        pages = paint(writer);
    }
    if (pages <= 0)
        return Error{tr("The report came out empty."), Error::Kind::Internal};
    if (auto info = appendInfo(
            bytes, {{"Title", title()},
                    {"Author", tr("ShipOrSkip")},
                    {"Subject", tr("AI tool comparison: %1").arg(title())},
                    {"Keywords", tr("AI tools, comparison, procurement")},
                    {"Creator", QStringLiteral("ShipOrSkip %1").arg(m_provenance.appVersion)},
                    {"Producer", QStringLiteral("ShipOrSkip %1 (Qt %2)")
                                     .arg(m_provenance.appVersion, QString::fromLatin1(qVersion()))}});
        !info)
        return info.error();
    if (auto written = writeFile(path, bytes); !written)
        return written.error();
    return pages;
}

QString Report::chartSvg(ReportChart chart, QSizeF* size) const
{
    // In points at 72 dpi, as on paper: the web page shows it at its natural size or smaller.
    const QSizeF points = m_charts->size(chart, m_model, htmlChartWidth);
    *size = points;
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(72);
        generator.setSize(points.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), points));
        generator.setTitle(chartDescription(chart));
        QPainter painter(&generator);
        m_charts->render(chart, m_model, painter, QRectF(QPointF(0, 0), points));
    }
    return QString::fromLatin1(svg.toBase64());
}

QString Report::html() const
{
    QString body;
    for (const Part& part : parts()) {
        if (part.chart) {
            const QString description = chartDescription(*part.chart);
            QSizeF size;
            const QString svg = chartSvg(*part.chart, &size);
            body += QStringLiteral("<figure><img src=\"data:image/svg+xml;base64,%1\" alt=\"%2\" "
                                   "width=\"%3\"></figure>")
                        .arg(svg, esc(description))
                        .arg(qRound(size.width() * 4 / 3)); // CSS pixels: 96 to the inch
        } else {
            body += part.html;
        }
    }
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%4\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
               "<meta name=\"generator\" content=\"ShipOrSkip %2\">\n<style>\n"
               "body { font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; "
               "line-height: 1.45; }\n"
               "table { border-collapse: collapse; margin: 0.5em 0 1em; }\n"
               "th, td { border: 1px solid #8a8a8a; padding: 0.3em 0.5em; vertical-align: top; text-align: "
               "left; }\n"
               "figure { margin: 1em 0; } img { max-width: 100%; height: auto; }\n"
               "</style>\n</head>\n<body>\n<main>\n%3\n</main>\n</body>\n</html>\n")
        .arg(esc(title()), esc(m_provenance.appVersion), body, currentLanguage());
}

Result<void> Report::writeHtml(const QString& path) const
{
    return writeFile(path, html().toUtf8());
}

QString Report::csv() const
{
    // A cell from a feed could start a spreadsheet formula: such cells get a leading apostrophe.
    auto cell = [](QString text) {
        if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
            text.prepend(QLatin1Char('\''));
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
            text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
            text.contains(QLatin1Char('\''))) {
            text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            text = QLatin1Char('"') + text + QLatin1Char('"');
        }
        return text;
    };
    auto number = [](std::optional<int> value) {
        return value ? QString::number(*value) : QString();
    };
    QStringList header{QStringLiteral("comparison"),
                       QStringLiteral("tool"),
                       QStringLiteral("vendor"),
                       QStringLiteral("category"),
                       QStringLiteral("pricing"),
                       QStringLiteral("license"),
                       QStringLiteral("deployment"),
                       QStringLiteral("parameters"),
                       QStringLiteral("panel_ships"),
                       QStringLiteral("panel_reviews"),
                       QStringLiteral("panel_ship_percent"),
                       QStringLiteral("community_votes"),
                       QStringLiteral("community_total"),
                       QStringLiteral("community_percent")};
    for (const Lens& lens : m_model.lenses())
        header << QStringLiteral("verdict_") + lens.id;
    // The ranking's columns come after every earlier one, so a sheet that reads those by place still works.
    header << QStringLiteral("profile") << QStringLiteral("rank") << QStringLiteral("tied")
           << QStringLiteral("score") << QStringLiteral("max_score") << QStringLiteral("must_haves_failed")
           << QStringLiteral("reasons") << QStringLiteral("chosen");
    const auto score = [](double value) {
        return QString::number(value, 'g', 6);
    };
    QStringList lines{header.join(QLatin1Char(','))};
    for (int column = 0; column < m_model.toolCount(); ++column) {
        const ToolSummary& s = m_model.tool(column).summary;
        const CommunityFigure community = m_model.community(column);
        QStringList row{cell(m_model.title()),
                        cell(s.tool.name),
                        cell(s.tool.vendor),
                        cell(s.tool.category),
                        enumName(s.tool.pricing),
                        cell(s.tool.license),
                        cell(s.tool.deployment),
                        cell(s.tool.parameterSizes.join(QStringLiteral(" "))),
                        QString::number(s.panel.ships),
                        QString::number(s.panel.reviews),
                        number(s.panel.percent()),
                        m_model.isPublished() ? QString::number(community.votes) : QString(),
                        m_model.isPublished() ? QString::number(community.total) : QString(),
                        number(community.percent())};
        for (const Lens& lens : m_model.lenses()) {
            const auto verdict = m_model.verdict(lens.id, column);
            row << (verdict ? enumName(*verdict) : QString());
        }
        if (const RankedTool* ranked = m_ranking ? m_ranking->tool(s.tool.id) : nullptr) {
            row << cell(m_ranking->profile.name) << QString::number(ranked->rank)
                << QString::fromLatin1(ranked->tied ? "true" : "false") << score(ranked->score)
                << score(m_ranking->maximumScore) << cell(ranked->mustHavesFailed.join(QStringLiteral("; ")))
                << cell(ranked->reasons.join(QLatin1Char(' ')));
        } else {
            row << QString() << QString() << QString() << QString() << QString() << QString() << QString();
        }
        row << (m_decision && m_decision->decision.toolId == s.tool.id ? QStringLiteral("true") : QString());
        lines << row.join(QLatin1Char(','));
    }
    if (m_ranking) {
        // What would change the top, one sentence a row, below the tools.
        lines << QString() << QStringLiteral("what_would_change_the_top");
        for (const QString& flip : m_ranking->flipsIf)
            lines << cell(flip);
        if (m_ranking->flipsIf.isEmpty())
            lines << cell(m_ranking->stability);
    }
    if (m_decision) {
        // The decision as field,value rows after a blank line: one block, read at a glance in a sheet.
        const Decision& decision = m_decision->decision;
        const EvidenceSnapshot& snapshot = decision.snapshot;
        lines << QString() << QStringLiteral("decision_field,value");
        const QList<std::pair<const char*, QString>> fields{
            {"decision_id", QString::number(decision.id)},
            {"comparison_id", decision.comparisonId},
            {"tool_id", decision.toolId},
            {"tool", m_decision->toolName},
            {"by", decision.by},
            {"decided_at", timestampToString(decision.decidedAt)},
            {"profile", decision.profile.name},
            {"rationale", decision.rationale},
            {"feed_id", snapshot.feedId},
            {"feed_url", snapshot.feedUrl},
            {"last_sync", snapshot.lastSync.isValid() ? timestampToString(snapshot.lastSync) : QString()},
            {"app_version", snapshot.appVersion},
            {"snapshot_taken_at", timestampToString(snapshot.takenAt)},
            {"evidence_changed", QString::fromLatin1(m_decision->evidenceChanged() ? "true" : "false")},
            {"superseded_by",
             m_decision->supersededBy ? QString::number(m_decision->supersededBy) : QString()}};
        for (const auto& [key, value] : fields)
            lines << QString::fromLatin1(key) + QLatin1Char(',') + cell(value);
        for (const EvidenceChange& change : m_decision->changesSince)
            lines << QStringLiteral("change,") + cell(change.toDisplayString());
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

Result<void> Report::writeCsv(const QString& path) const
{
    return writeFile(path, csv().toUtf8());
}

} // namespace sos

#include "Report.moc"
