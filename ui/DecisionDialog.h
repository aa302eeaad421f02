// SPDX-License-Identifier: GPL-3.0-or-later
// Records a decision on a published comparison: the tool chosen (the ranking's top is proposed unless
// it is a tie), who decided, why, under the profile the ranking used. Record goes through
// Decisions::decide, which pins the evidence; a mistake is said in the dialog and nothing typed is lost.
#pragma once

#include <comparison/ComparisonModel.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sos {

class Settings;

class DecisionDialog final : public QDialog
{
    Q_OBJECT

public:
    // profileName: a saved profile's name or the built-in one's; settings (optional) remembers who
    // decided for the next time.
    DecisionDialog(Store& store, const ComparisonModel& model, const QString& profileName, Settings* settings,
                   QWidget* parent = nullptr);

    // The recorded decision's id after Record, 0 before.
    qint64 recordedId() const { return m_recordedId; }

private:
    void record();
    void showError(const QString& message);
    // The name to propose: the one remembered, else the one of the newest decision in the store.
    QString lastDecider() const;

    Store& m_store;
    Settings* m_settings = nullptr;
    QString m_comparisonId;
    QString m_profileName;
    qint64 m_recordedId = 0;
    QComboBox* m_tool = nullptr;
    QLineEdit* m_by = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace sos
