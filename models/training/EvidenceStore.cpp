#include "EvidenceStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("EvidenceStore", text);
}

constexpr QFileDevice::Permissions kOwnerFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

EvidenceStore::EvidenceStore(const QString &storePath)
    : m_folder(storePath + QStringLiteral(".evidence")) {}

QString EvidenceStore::absolutePath(const QString &relativeName) const {
    return QDir(m_folder).filePath(relativeName);
}

QString EvidenceStore::safeName(const QString &baseName) {
    QString out;
    for (const QChar c : baseName) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') || c == QLatin1Char('_') ||
            c == QLatin1Char('-')) {
            out.append(c);
        } else if (!out.endsWith(QLatin1Char('-'))) {
            out.append(QLatin1Char('-'));
        }
    }
    while (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('-'))) {
        out.remove(0, 1);
    }
    if (out.size() > 80) {
        const QString suffix = QFileInfo(out).suffix().left(10);
        out = out.left(80 - suffix.size() - 1) + QLatin1Char('.') + suffix;
    }
    return out.isEmpty() ? QStringLiteral("evidence") : out;
}

EvidenceStore::Read EvidenceStore::readSource(const QString &sourcePath) {
    Read r;
    const QFileInfo info(sourcePath);
    r.baseName = info.fileName();
    if (sourcePath.trimmed().isEmpty()) {
        r.error = tr("Choose the file to add as evidence.");
        return r;
    }
    if (!info.exists()) {
        r.error = tr("The file %1 does not exist.").arg(info.fileName());
        return r;
    }
    if (!info.isFile()) {
        r.error = tr("%1 is not a file.").arg(info.fileName());
        return r;
    }
    if (info.size() > kMaxBytes) {
        r.error = tr("The file %1 is too large (%2 MB); evidence files are at most 20 MB.")
                      .arg(info.fileName())
                      .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1);
        return r;
    }
    QFile f(sourcePath);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = tr("The file %1 cannot be read: %2.").arg(info.fileName(), f.errorString());
        return r;
    }
    r.bytes = f.read(kMaxBytes + 1);
    if (f.error() != QFileDevice::NoError) {
        r.error = tr("The file %1 cannot be read: %2.").arg(info.fileName(), f.errorString());
        r.bytes.clear();
        return r;
    }
    if (r.bytes.size() > kMaxBytes) {
        r.error = tr("The file %1 is too large; evidence files are at most 20 MB.").arg(info.fileName());
        r.bytes.clear();
        return r;
    }
    if (r.bytes.isEmpty()) {
        r.error = tr("The file %1 is empty.").arg(info.fileName());
        return r;
    }
    r.sha256 = QString::fromLatin1(QCryptographicHash::hash(r.bytes, QCryptographicHash::Sha256).toHex());
    return r;
}

bool EvidenceStore::write(const QString &relativeName, const QByteArray &bytes, QString *error) const {
    QDir root(m_folder);
    if (!root.exists() && !QDir().mkpath(m_folder)) {
        *error = tr("The evidence folder %1 cannot be created.").arg(m_folder);
        return false;
    }
    QFile::setPermissions(m_folder, kOwnerFolder);
    const QString path = absolutePath(relativeName);
    const QString sub = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(sub)) {
        *error = tr("The evidence folder %1 cannot be created.").arg(sub);
        return false;
    }
    QFile::setPermissions(sub, kOwnerFolder);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        *error = tr("The evidence file cannot be written: %1.").arg(out.errorString());
        out.cancelWriting();
        return false;
    }
    out.setPermissions(kOwnerFile);
    if (!out.commit()) {
        *error = tr("The evidence file cannot be written: %1.").arg(out.errorString());
        return false;
    }
    QFile::setPermissions(path, kOwnerFile);
    return true;
}

bool EvidenceStore::remove(const QString &relativeName) const {
    return QFile::remove(absolutePath(relativeName));
}

bool EvidenceStore::verify(const QString &relativeName, const QString &sha256) const {
    QFile f(absolutePath(relativeName));
    if (!f.open(QIODevice::ReadOnly)) {
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        return false;
    }
    return QString::fromLatin1(hash.result().toHex()) == sha256;
}
