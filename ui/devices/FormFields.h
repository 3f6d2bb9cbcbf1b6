#pragma once

#include <QDate>
#include <QString>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

// Small builders shared by the Devices and Admin forms, so every field gets an object name (for tests and
// scripts), an accessible name (for screen readers) and a width that grows with the text size.
namespace FormFields {
QLineEdit *line(QWidget *parent, const QString &objectName, const QString &accessibleName, int maxLength,
                int widthInChars = 24);
QComboBox *combo(QWidget *parent, const QString &objectName, const QString &accessibleName);
QPlainTextEdit *text(QWidget *parent, const QString &objectName, const QString &accessibleName, int lines);
QPushButton *button(QWidget *parent, const QString &text, const QString &objectName,
                    const QString &accessibleName);
// A form row whose label (with its mnemonic) moves the keyboard to the field.
QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field);
// A form laid out the desk's way: fields grow, long rows wrap under their label at large text sizes.
QFormLayout *form(QWidget *parent);
// Dates as typed at a UK desk: day/month/year (also with . or -) or ISO. Empty text is a valid "no
// date"; *ok is false only for text that is not a date.
QDate parseDate(const QString &text, bool *ok);
QString dateText(const QDate &date); // "14/07/2025", empty for no date
// Text for a NOT NULL column: Sql::bind stores a null QString as NULL, so empty fields are handed on as
// empty, not null, strings.
QString present(const QString &text);
} // namespace FormFields
