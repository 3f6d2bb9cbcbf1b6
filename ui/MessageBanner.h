#pragma once

#include <QLabel>

// An inline message above a form: red for refusals and problems, blue for confirmations. Hidden when
// empty. Screen readers are told when an error appears, since the person may be looking at the keyboard.
class MessageBanner : public QLabel {
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showError(const QString &message);
    void showInfo(const QString &message);
    void clearMessage();
    bool isError() const { return property("banner").toString() == QLatin1String("error"); }

private:
    void showKind(const QString &message, const QString &kind);
};
