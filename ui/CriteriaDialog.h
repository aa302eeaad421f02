// SPDX-License-Identifier: GPL-3.0-or-later
// Edits a criteria profile, or starts a new one: its name, a weight per lens, the must-haves over the
// tools' pricing, license, deployment and category (the values the catalog has), the community's
// weight, and whether it is the default. Save checks the whole profile (ProfileInput::validate) and
// says what is wrong beside the fields; nothing is stored until it is right.
#pragma once

#include <domain/Decision.h>
#include <store/Store.h>

#include <QDialog>

#include <map>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace sos {

class CriteriaDialog final : public QDialog
{
    Q_OBJECT

public:
    // profile: the one to edit, or the starting point of a new one; saved: it is stored under its name
    // (and so may be removed). A new name saves a new profile beside the old one.
    CriteriaDialog(Store& store, const CriteriaProfile& profile, bool saved, QWidget* parent = nullptr);

    // After Save: the name the profile was saved under. After Remove: the name removed.
    QString savedName() const { return m_savedName; }
    bool removed() const { return m_removed; }
    // The profile as the fields describe it now.
    CriteriaProfile profile() const;

private:
    QWidget* weightsGroup();
    QWidget* mustHavesGroup();
    void save();
    void remove();
    void showError(const QString& message);

    Store& m_store;
    CriteriaProfile m_original;
    bool m_savedOriginal = false;
    QString m_savedName;
    bool m_removed = false;
    QLineEdit* m_name = nullptr;
    std::map<QString, QSpinBox*> m_weights; // by lens id
    QSpinBox* m_communityWeight = nullptr;
    std::map<ToolField, QListWidget*> m_values;
    QCheckBox* m_default = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace sos
