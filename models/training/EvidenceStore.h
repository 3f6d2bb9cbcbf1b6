#pragma once

#include <QByteArray>
#include <QString>

// Where evidence files live: a folder next to the store file ("<store>.evidence/"), readable by its owner
// only. A file is copied in (never left as a path to someone's Downloads) under a name relative to the
// folder, with its SHA-256, so a portfolio still opens after the original is moved or deleted.
class EvidenceStore {
public:
    explicit EvidenceStore(const QString &storePath);

    QString folder() const { return m_folder; }
    QString absolutePath(const QString &relativeName) const;

    struct Read {
        QByteArray bytes;
        QString sha256; // lower-case hex
        QString baseName;
        QString error; // empty when read
    };
    // Reads a file a person chose, refusing what is missing, unreadable, empty, too large or not a file.
    static Read readSource(const QString &sourcePath);

    // Writes the bytes under `relativeName` (its sub-folder created), via a temporary file and a rename, so a
    // failure never leaves half a file. False with *error on failure.
    bool write(const QString &relativeName, const QByteArray &bytes, QString *error) const;
    bool remove(const QString &relativeName) const;
    // True when the stored file is there and still has this checksum.
    bool verify(const QString &relativeName, const QString &sha256) const;

    // "My CV (final).pdf" → "My-CV-final.pdf": letters, digits, dot, dash and underscore only, at most 80.
    static QString safeName(const QString &baseName);

    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

private:
    QString m_folder;
};
