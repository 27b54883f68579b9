#pragma once

#include "providers/core/backup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace bb {

// The question asked before something that cannot be undone: what it is called, what exactly
// goes (so the user recognises the object by more than one fact), and the words on the button
// that does it. No widgets: the dialog that shows it only lays it out, with Cancel as the
// default button, so the facts are tested here and the dialog stays thin.
struct Confirmation
{
    Q_DECLARE_TR_FUNCTIONS(Confirmation)

public:
    QString title; // window title
    QString question; // one sentence, "Delete backup 12345 of sr-abc in the cloud?"
    QStringList facts; // "Name: nightly", "Size: 1.5 GiB", ...: what identifies what goes
    QString consequence; // what cannot be undone, in plain words
    QString acceptLabel; // the button that does it, "Delete backup"

    // The whole text, for the dialog's body and for tests.
    QString text() const;

    // Deleting any backup the actions model allows (StarRocks today, RDS when its service offers
    // DeleteBackup): id, name, instance, product, size and age at `now` (injected: tests do not
    // depend on the wall clock).
    static Confirmation deleteBackup(const Backup &backup, const QString &productName, const QDateTime &now);
    // Removing a saved account and its keychain secrets.
    static Confirmation removeAccount(const QString &accountName, const QString &cloudName);
    // Removing an offsite rule from the rules file (the "Local copies" view): its name, product
    // and destination; the copies it made stay. `lastRulesFile`: the rules file, when this is its
    // last rule and the file goes with it; empty otherwise.
    static Confirmation removeOffsiteRule(const QString &rule, const QString &productName,
                                          const QString &destination, const QString &lastRulesFile);
    // Cancelling a download that already has bytes on disk (the partial file is deleted).
    static Confirmation cancelDownload(const QString &fileName, qint64 received, qint64 total);
    // Replacing an existing file.
    static Confirmation overwriteFile(const QString &path, qint64 existingBytes);
    // Downloading a backup file that is already in the queue or on disk again.
    static Confirmation downloadAgain(const QString &fileName, const QString &existingPath);
    // Quitting while downloads run or wait (they resume on the next start, but stop now).
    static Confirmation quitWithDownloads(int running, qint64 remainingBytes);

    // "3 days", "5 h 02 min", "40 s": how long ago `then` was at `now`; empty when unknown.
    static QString age(const QDateTime &then, const QDateTime &now);
};

} // namespace bb
