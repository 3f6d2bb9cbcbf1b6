#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSettings;

// Desk ▸ Language: follow the system or use English, Polski or اردو on this machine. The choice is saved
// in the desk's settings and applied the next time the desk starts.
class LanguageDialog : public QDialog {
    Q_OBJECT
public:
    LanguageDialog(QSettings &settings, const QString &inUse, QWidget *parent = nullptr);

    // "" for the system's language, else the language code the combo box shows.
    QString choice() const;

private:
    void save();

    QSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
};
