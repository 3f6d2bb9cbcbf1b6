#pragma once

#include "LoansPanel.h"

class MessageBanner;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class ScanField;
class SortedTable;

// The wipe gate at the desk (people with wipe.record): the devices awaiting wipe, and a form to record
// one: tag + Enter (or Enter on a row), the method, the tool and its report id, Enter. The device becomes
// available, and if someone is waiting for one like it the result says to keep it aside for them.
// Method and tool stay filled in for the next device, since a batch is usually wiped the same way.
class WipePanel : public LoansPanel {
    Q_OBJECT
public:
    WipePanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    void refresh() override;
    QWidget *focusTarget() const override;

    void openTag(const QString &tag);
    void recordWipe();
    void clearForm();

    static QStringList methods();
    static QStringList tools();

signals:
    void wipeRecorded();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void forgetDevice();

    SortedTable *m_queue = nullptr;
    ScanField *m_tag = nullptr;
    MessageBanner *m_message = nullptr;
    MessageBanner *m_result = nullptr;
    QFrame *m_form = nullptr;
    QLabel *m_deviceTitle = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_tool = nullptr;
    QLineEdit *m_reportId = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_clear = nullptr;
    QString m_deviceTag; // the device whose wipe is being recorded, once it passed the check
};
