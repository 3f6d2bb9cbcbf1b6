#pragma once

#include "sync/SyncSession.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

// What the desk asks its sync worker to do. The password (only when signing in) and the token travel in
// memory only; neither is ever written to settings, logs or the store.
struct SyncRequest {
    QString storePath;
    QUrl server;
    QString username;
    QString password; // sign in first with this; empty: use token
    QString token;    // the sign-in kept in the keychain
    int retryAttempts = 5;
    int retryFirstDelayMs = 500;
};

// What one run of the worker came to.
struct SyncOutcome {
    bool ok = false;
    bool signedIn = false;      // the run signed in: token is the new sign-in, for the keychain
    bool tokenRejected = false; // the kept sign-in no longer works: the person must sign in again
    bool serverUnreachable = false;
    QString token;
    QString username;
    QString userId;          // the person's id on the council's record
    QString error;           // plain words
    QString keychainProblem; // signed in, but the sign-in could not be kept
    SyncSession::Report report;
    QString lastSyncedAt; // ISO instant, from the store
    int outbox = 0;       // changes still waiting after the run
    QString hlcLast;      // the worker store's clock, for the desk's own connection to catch up with
};

Q_DECLARE_METATYPE(SyncRequest)
Q_DECLARE_METATYPE(SyncOutcome)
