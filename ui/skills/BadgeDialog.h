#pragma once

#include "skills/BadgeCatalogue.h"

#include <QDialog>

class MessageBanner;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// Adds a badge to the catalogue or edits one: code (fixed once saved), name, category, points, offered.
class BadgeDialog : public QDialog {
    Q_OBJECT
public:
    BadgeDialog(const QStringList &categories, const std::optional<Badge> &badge, QWidget *parent = nullptr);

    Badge badge() const;
    void showError(const QString &message);

private:
    int m_version = 0;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QSpinBox *m_points = nullptr;
    QCheckBox *m_active = nullptr;
    MessageBanner *m_message = nullptr;
};
