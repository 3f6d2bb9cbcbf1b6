#pragma once

#include "DeskContext.h"
#include "LabelSheet.h"
#include "auth/Actor.h"
#include "devices/Device.h"

#include <QDialog>
#include <QSet>

class MessageBanner;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

// Asset labels for the devices ticked in the list (those selected in the register come ticked): the tag as
// text and as a QR code, the device type and "Property of <council> Libraries", laid out 3 × 8 on A4.
// Printed through the system's print dialog or saved as a PDF to print elsewhere.
class AssetLabelsDialog : public QDialog {
    Q_OBJECT
public:
    AssetLabelsDialog(DeskContext &ctx, Actor actor, QList<Device> devices, const QSet<QString> &ticked,
                      QWidget *parent = nullptr);

    // The labels as they would print now; empty (with the reason shown) when something is missing.
    QList<AssetLabel> labels();
    int firstPosition() const;
    bool savePdf(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitPreview();
    void updatePreview();
    void print();
    void chooseAndSavePdf();
    void setAllTicked(bool ticked);
    QString ownerLine() const;

    DeskContext &m_ctx;
    const Actor m_actor;
    const QList<Device> m_devices;
    MessageBanner *m_message = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_council = nullptr;
    QSpinBox *m_start = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_preview = nullptr;
    QImage m_page; // the first sheet, for the preview
};
