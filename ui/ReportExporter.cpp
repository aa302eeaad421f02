// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExporter.h"

#include "FileDialogs.h"
#include <base/Settings.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>

namespace sos {

namespace {

bool askForOptions = true;

} // namespace

void ReportExporter::setAskForOptions(bool ask)
{
    askForOptions = ask;
}

ReportExporter::ReportExporter(const Store& store, Settings& settings, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_settings(settings)
    , m_window(window)
{}

ReportOptions ReportExporter::options() const
{
    ReportOptions options;
    options.charts = m_settings.value(Settings::Key::ExportCharts).toBool();
    options.scorecards = m_settings.value(Settings::Key::ExportScorecards).toBool();
    options.voteHistory = m_settings.value(Settings::Key::ExportVoteHistory).toBool();
    const QString size = m_settings.value(Settings::Key::ExportPageSize).toString();
    if (size == QLatin1String("Letter"))
        options.pageSize = QPageSize(QPageSize::Letter);
    else if (size == QLatin1String("A4"))
        options.pageSize = QPageSize(QPageSize::A4);
    return options;
}

bool ReportExporter::askOptions(bool withPageSize)
{
    if (!askForOptions)
        return true;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Report Options"));
    auto* form = new QFormLayout(&dialog);
    auto* charts = new QCheckBox(tr("&Charts"), &dialog);
    auto* scorecards = new QCheckBox(tr("Full &scorecards"), &dialog);
    auto* history = new QCheckBox(tr("Community vote &history"), &dialog);
    const ReportOptions current = options();
    charts->setChecked(current.charts);
    scorecards->setChecked(current.scorecards);
    history->setChecked(current.voteHistory);
    form->addRow(tr("Include:"), charts);
    form->addRow(QString(), scorecards);
    form->addRow(QString(), history);
    auto* pageSize = new QComboBox(&dialog);
    pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    pageSize->addItem(tr("Letter"), QStringLiteral("Letter"));
    pageSize->setCurrentIndex(current.pageSize.id() == QPageSize::Letter ? 1 : 0);
    if (withPageSize)
        form->addRow(tr("&Page size:"), pageSize);
    else
        pageSize->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_settings.setValue(Settings::Key::ExportCharts, charts->isChecked());
    m_settings.setValue(Settings::Key::ExportScorecards, scorecards->isChecked());
    m_settings.setValue(Settings::Key::ExportVoteHistory, history->isChecked());
    if (withPageSize)
        m_settings.setValue(Settings::Key::ExportPageSize, pageSize->currentData().toString());
    return true;
}

Report ReportExporter::report(const ComparisonModel& model, const ReportOptions& reportOptions) const
{
    // Page 1 answers the question: the ranking under the team's default profile, and the latest
    // decision on the comparison with what changed since.
    Report report(model, Provenance::fromStore(m_store), reportOptions, &m_charts);
    report.setRanking(rank(model, m_store.decisions().defaultProfile()));
    if (model.isPublished()) {
        if (const auto decision = Decisions::latest(m_store, model.comparisonId()))
            report.setDecision(*decision);
    }
    return report;
}

Result<void> ReportExporter::write(const ComparisonModel& model, ReportFormat format,
                                   const QString& path) const
{
    return report(model, options()).write(format, path);
}

void ReportExporter::exportOne(const ComparisonModel& model, ReportFormat format)
{
    QString folder = m_settings.value(Settings::Key::ExportFolder).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(Report::fileNameFor(model, format));
    const QString filter = format == ReportFormat::Pdf    ? tr("PDF documents (*.pdf)")
                           : format == ReportFormat::Html ? tr("Web pages (*.html)")
                                                          : tr("CSV tables (*.csv)");
    const QString path = FileDialogs::saveFileName(m_window, tr("Export Comparison"), suggested, filter);
    if (path.isEmpty())
        return;
    if (format != ReportFormat::Csv && !askOptions(format == ReportFormat::Pdf))
        return;
    m_settings.setValue(Settings::Key::ExportFolder, QFileInfo(path).absolutePath());
    if (auto written = write(model, format, path); !written) {
        QMessageBox::warning(m_window, tr("Export failed"),
                             tr("%1\n\nNothing was written. Choose another folder and try again.")
                                 .arg(written.errorMessage()));
        return;
    }
    Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void ReportExporter::exportAll(const QList<const ComparisonModel*>& models)
{
    if (models.isEmpty()) {
        Q_EMIT message(tr("Open a comparison first: there is nothing to export."));
        return;
    }
    QString folder = m_settings.value(Settings::Key::ExportFolder).toString();
    folder = FileDialogs::existingDirectory(m_window, tr("Export Every Open Comparison as PDF"), folder);
    if (folder.isEmpty() || !askOptions(true))
        return;
    m_settings.setValue(Settings::Key::ExportFolder, folder);

    QStringList existing;
    for (const ComparisonModel* model : models) {
        if (QFileInfo::exists(QDir(folder).filePath(Report::fileNameFor(*model, ReportFormat::Pdf))))
            existing << Report::fileNameFor(*model, ReportFormat::Pdf);
    }
    if (!existing.isEmpty() && askForOptions &&
        QMessageBox::question(m_window, tr("Replace files?"),
                              tr("These files exist in %1 and will be replaced:\n%2")
                                  .arg(QDir::toNativeSeparators(folder), existing.join(QLatin1Char('\n')))) !=
            QMessageBox::Yes)
        return;

    QProgressDialog progress(tr("Exporting comparisons…"), tr("Cancel"), 0, static_cast<int>(models.size()),
                             m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    int written = 0;
    for (const ComparisonModel* model : models) {
        if (progress.wasCanceled())
            break;
        progress.setLabelText(tr("Exporting %1…").arg(model->title()));
        const QString path = QDir(folder).filePath(Report::fileNameFor(*model, ReportFormat::Pdf));
        if (auto result = write(*model, ReportFormat::Pdf, path); !result) {
            progress.cancel();
            QMessageBox::warning(m_window, tr("Export failed"),
                                 tr("%1\n\nExported before this one: %L2 of %L3.")
                                     .arg(result.errorMessage())
                                     .arg(written)
                                     .arg(models.size()));
            return;
        }
        ++written;
        progress.setValue(written);
    }
    Q_EMIT message(tr("Exported %L1 of %n comparison(s) to %2", nullptr, static_cast<int>(models.size()))
                       .arg(written)
                       .arg(QDir::toNativeSeparators(folder)));
}

void ReportExporter::print(const ComparisonModel& model)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(model.title());
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted || !askOptions(false))
        return;
    ReportOptions printOptions = options();
    printOptions.pageSize = QPageSize(); // the printer's paper
    report(model, printOptions).paint(printer);
}

void ReportExporter::printPreview(const ComparisonModel& model)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(model.title());
    printer.setPageSize(options().pageSize);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview \u2014 %1").arg(model.title()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        ReportOptions previewOptions = options();
        previewOptions.pageSize = QPageSize();
        report(model, previewOptions).paint(*target);
    });
    preview.exec();
}

} // namespace sos
