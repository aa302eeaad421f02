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
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace sos {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

constexpr int chartObjectType = QTextFormat::UserObject + 1;
constexpr int chartKindProperty = QTextFormat::UserProperty + 1;
constexpr qreal chartAspect = 0.45; // height / width
const QString dash = QStringLiteral("\u2014");

QString dateTimeText(const QDateTime& time)
{
    return time.isValid() ? Report::tr("%1 UTC").arg(localDateTime(time.toUTC())) : Report::tr("never");
}

QString communityText(const ComparisonModel& model, int column)
{
    if (!model.isPublished())
        return Report::tr("n/a (not a published comparison)");
    const CommunityFigure figure = model.community(column);
    if (!figure.percent())
        return Report::tr("%1 (no votes yet)").arg(dash);
    return (figure.myPendingVote ? Report::tr("%L1% (%L2 of %L3; your vote for it is pending, not counted)")
                                 : Report::tr("%L1% (%L2 of %L3)"))
        .arg(*figure.percent())
        .arg(figure.votes)
        .arg(figure.total);
}

// Draws the charts that sit in the document as objects, through the renderer, at print time: on a
// PDF device they stay vectors.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const ComparisonModel& model, const ReportChartRenderer& renderer, qreal width)
        : m_model(model)
        , m_renderer(renderer)
        , m_width(width)
    {}

    // The part of the document on the page being painted, in document coordinates.
    void setPage(const QRectF& page) { m_page = page; }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat&) override
    {
        return {m_width, m_width * chartAspect};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override
    {
        // The layout also asks for objects that start on the next page, and scene rendering does not
        // keep to the page clip: draw only what lies on the page being painted.
        if (m_page.intersected(rect).height() < 1.0) // touching the page edge is not being on the page
            return;
        painter->save();
        painter->setClipRect(m_page, Qt::IntersectClip);
        m_renderer.render(static_cast<ReportChart>(format.intProperty(chartKindProperty)), m_model, *painter,
                          rect);
        painter->restore();
    }

private:
    const ComparisonModel& m_model;
    const ReportChartRenderer& m_renderer;
    qreal m_width;
    QRectF m_page;
};

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
    // A chart with nothing to draw is left out; its caption still says so.
    charts << ReportChart::PanelSplit << ReportChart::VerdictGrid;
    if (m_model.communityTotal() > 0)
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
    case ReportChart::VerdictGrid:
        for (const Lens& lens : m_model.lenses()) {
            QStringList verdicts;
            for (int column = 0; column < m_model.toolCount(); ++column) {
                const auto verdict = m_model.verdict(lens.id, column);
                verdicts << tr("%1: %2").arg(m_model.tool(column).summary.tool.name,
                                             verdict ? verdictLabel(*verdict) : tr("not reviewed"));
            }
            items << tr("%1 (%2)").arg(lens.name, verdicts.join(QStringLiteral(", ")));
        }
        return tr("Verdict by lens. %1.").arg(items.join(QStringLiteral("; ")));
    case ReportChart::CommunitySplit:
        for (int column = 0; column < m_model.toolCount(); ++column)
            items << tr("%1: %2").arg(m_model.tool(column).summary.tool.name, communityText(m_model, column));
        return tr("Community vote. %1.").arg(items.join(QStringLiteral("; ")));
    case ReportChart::VoteHistory:
        return m_model.voteHistoryPointCount() < 2
                   ? tr("Community vote over time: fewer than two tallies so far, so there is no line to "
                        "draw.")
                   : tr("Community vote over time, from %n tallies.", nullptr,
                        m_model.voteHistoryPointCount());
    }
    return {};
}

QList<Report::Part> Report::parts() const
{
    const int columns = m_model.toolCount();
    const QString table = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                                         "width=\"100%\" style=\"border-collapse: collapse; "
                                         "border-color: #8a8a8a;\">");
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(esc(m_model.title()));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(m_model.isPublished() ? tr("A published comparison of %n tool(s).", nullptr, columns)
                                           : tr("An ad-hoc comparison of %n tool(s).", nullptr, columns)));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Provenance.")), esc(m_provenance.toText()));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Executive summary")));
    html += table + QStringLiteral("<tr>");
    for (const QString& heading : {tr("Tool"), tr("Panel ship"), tr("Pricing entry"), tr("License"),
                                   tr("Deployment"), tr("Community")})
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(heading));
    html += QStringLiteral("</tr>");
    for (int column = 0; column < columns; ++column) {
        const ToolSummary& summary = m_model.tool(column).summary;
        html += QStringLiteral(
                    "<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(summary.tool.name), esc(summary.panel.toDisplayString()),
                         esc(pricingLabel(summary.tool.pricing)), esc(summary.tool.license),
                         esc(summary.tool.deployment), esc(communityText(m_model, column)));
    }
    html += QStringLiteral("</table>");
    QStringList differing;
    for (const Lens& lens : m_model.lenses()) {
        if (m_model.differingLensIds().contains(lens.id))
            differing << lens.name;
    }
    html +=
        QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(esc(tr("Where the lenses disagree:")),
                 esc(differing.isEmpty() ? tr("nowhere; every lens reaches the same verdict on every tool.")
                                         : QLocale().createSeparatedList(differing) + QLatin1Char('.')));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Side by side")));
    html += table + QStringLiteral("<tr><th></th>");
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
    factRow(tr("Deployment"), [&](const ToolSummary& s, int) { return orDash(s.tool.deployment); });
    factRow(tr("Parameters"), [&](const ToolSummary& s, int) {
        return orDash(s.tool.parameterSizes.join(QStringLiteral(", ")));
    });
    factRow(tr("Panel ship"), [&](const ToolSummary& s, int) { return s.panel.toDisplayString(); });
    factRow(tr("Community"), [&](const ToolSummary&, int column) { return communityText(m_model, column); });
    html += QStringLiteral("</table>");

    QList<Part> list{{html, std::nullopt}};
    const QList<ReportChart> charts = chartsToDraw();
    if (!charts.isEmpty()) {
        list << Part{QStringLiteral("<h2>%1</h2>").arg(esc(tr("Charts"))), std::nullopt, true};
        for (ReportChart chart : charts) {
            list << Part{{}, chart};
            list << Part{QStringLiteral("<p><i>%1</i></p>").arg(esc(chartDescription(chart))), std::nullopt};
        }
        for (ReportChart chart : {ReportChart::CommunitySplit, ReportChart::VoteHistory}) {
            if (!charts.contains(chart) && (chart != ReportChart::VoteHistory || m_options.voteHistory))
                list << Part{QStringLiteral("<p><i>%1</i></p>").arg(esc(chartDescription(chart))),
                             std::nullopt};
        }
    }

    if (m_options.voteHistory && m_model.isPublished()) {
        QString history = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Community vote history")));
        const QList<HistorySeries> series = m_model.voteHistory();
        if (m_model.voteHistoryPointCount() == 0) {
            history += QStringLiteral("<p>%1</p>")
                           .arg(esc(tr("The feed has reported no tallies for this comparison yet.")));
        } else {
            history += table + QStringLiteral("<tr><th align=\"left\">%1</th>").arg(esc(tr("Tool")));
            history += QStringLiteral("<th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                           .arg(esc(tr("Recorded")), esc(tr("Votes")));
            for (const HistorySeries& line : series) {
                for (const auto& [when, votes] : line.points) {
                    history +=
                        QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                            .arg(esc(line.toolName), esc(dateTimeText(when)), QLocale().toString(votes));
                }
            }
            history += QStringLiteral("</table>");
        }
        list << Part{history, std::nullopt};
    }

    if (m_options.scorecards) {
        QString cards = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Scorecards")));
        const QStringList differingIds = m_model.differingLensIds();
        for (const Lens& lens : m_model.lenses()) {
            cards +=
                QStringLiteral("<h3>%1</h3>")
                    .arg(esc(differingIds.contains(lens.id) ? tr("%1 (the verdicts differ)").arg(lens.name)
                                                            : lens.name));
            if (!lens.summary.isEmpty())
                cards += QStringLiteral("<p><i>%1</i></p>").arg(esc(lens.summary));
            for (int column = 0; column < columns; ++column) {
                const QString name = m_model.tool(column).summary.tool.name;
                const QList<Review> reviews = m_model.reviews(lens.id, column);
                if (reviews.isEmpty()) {
                    cards += QStringLiteral("<p><b>%1: %2</b></p>")
                                 .arg(esc(name), esc(tr("not reviewed through this lens")));
                    continue;
                }
                for (const Review& review : reviews) {
                    const bool ship = review.verdict == Verdict::Ship;
                    cards += QStringLiteral("<p><b>%1: <span style=\"color: %2;\">%3</span></b></p>")
                                 .arg(esc(name), ship ? QStringLiteral("#1e6b34") : QStringLiteral("#a32020"),
                                      esc(QLocale().toUpper(verdictLabel(review.verdict))));
                    cards += QStringLiteral("<p>%1</p>").arg(esc(review.text));
                    cards += QStringLiteral("<p><i>%1</i></p>")
                                 .arg(esc(tr("\u2014 %1, %2")
                                              .arg(review.author.isEmpty() ? dash : review.author,
                                                   localDate(review.updatedAt.toUTC().date()))));
                }
            }
        }
        list << Part{cards, std::nullopt, true};
    }
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
        chartObject = std::make_unique<ChartObject>(m_model, *m_charts, width);
        document.documentLayout()->registerHandler(chartObjectType, chartObject.get());
    }
    QTextCursor cursor(&document);
    bool first = true;
    for (const Part& part : parts()) {
        // Every part starts a block of its own, so no heading runs on from the paragraph before it.
        if (!first) {
            QTextBlockFormat block;
            if (part.newPage)
                block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(block, QTextCharFormat());
        }
        first = false;
        if (part.chart) {
            QTextCharFormat format;
            format.setObjectType(chartObjectType);
            format.setProperty(chartKindProperty, static_cast<int>(*part.chart));
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
        } else {
            cursor.insertHtml(part.html);
        }
    }

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
        document.drawContents(&painter, body);
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

QString Report::chartSvg(ReportChart chart) const
{
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(880, 396));
        generator.setViewBox(QRectF(0, 0, 880, 396));
        generator.setTitle(chartDescription(chart));
        QPainter painter(&generator);
        m_charts->render(chart, m_model, painter, QRectF(0, 0, 880, 396));
    }
    return QString::fromLatin1(svg.toBase64());
}

QString Report::html() const
{
    QString body;
    for (const Part& part : parts()) {
        if (part.chart) {
            const QString description = chartDescription(*part.chart);
            body +=
                QStringLiteral(
                    "<figure><img src=\"data:image/svg+xml;base64,%1\" alt=\"%2\" width=\"880\"></figure>")
                    .arg(chartSvg(*part.chart), esc(description));
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
        lines << row.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

Result<void> Report::writeCsv(const QString& path) const
{
    return writeFile(path, csv().toUtf8());
}

} // namespace sos

#include "Report.moc"
