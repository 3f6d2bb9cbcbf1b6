#pragma once

#include <QImage>
#include <QList>
#include <QString>

class QPainter;
class QRectF;

// A QR code of a short text (an asset tag), made with libqrencode. Labels draw it as vector squares so it
// stays sharp at any printer resolution; the image form is for previews and tests.
class QrCode {
public:
    // The quiet zone the QR standard asks for around the symbol, in modules: without it scanners miss
    // codes printed close to other labels.
    static constexpr int kQuietZone = 4;

    explicit QrCode(const QString &text);

    bool isNull() const { return m_size == 0; }
    int size() const {
        return m_size;
    } // modules across the symbol, without the quiet zone (21 for version 1)
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

    // One square of `moduleSize` pixels per module, black on white, quiet zone included.
    QImage toImage(int moduleSize = 1) const;
    // Fills `target` (a square) with the symbol and its quiet zone.
    void paint(QPainter &painter, const QRectF &target) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};
