#pragma once

#include <QLineEdit>

// A line edit that keeps Enter to itself. QLineEdit emits returnPressed and then passes the key on to its
// parents; in the loan forms the returnPressed handler often moves the keyboard on (card → tag → the
// declaration), and the passed-on Enter would then count a second time as the form's "go ahead".
class FormField : public QLineEdit {
    Q_OBJECT
public:
    explicit FormField(QWidget *parent = nullptr);
    FormField(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
