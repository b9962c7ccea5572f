#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <map>
#include <memory>

class QSocketNotifier;

namespace footcoach {

// One running FootCoach per user and data directory. The first launch holds a lock on
// instance.lock in the data directory (flock: the kernel drops it when the process ends, however
// it ends, so there is no stale lock to detect and nothing to sync to disk) and listens on a
// per-user local socket; later launches hand their arguments over and exit.
//
// The socket is a Linux abstract-namespace Unix socket driven by a QSocketNotifier: it leaves
// no file behind, vanishes with its process, and needs no QtNetwork (which would cost every
// start about a megabyte and a millisecond). Only processes of the same user are answered.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    // A message longer than this is not arguments: the connection is dropped.
    static constexpr qsizetype kMaxMessageBytes = 64 * 1024;

    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process is now the running instance.
    bool claim();
    // From a later launch: hands the arguments to the running instance. False when none
    // answered within the timeout. Blocks; it runs before the later launch shows anything.
    bool sendToRunning(const QStringList& arguments, int timeoutMs = 5000) const;

    QString serverName() const { return m_serverName; }
    static QString serverNameFor(const QString& dataDir);

Q_SIGNALS:
    void argumentsReceived(const QStringList& arguments);

private:
    struct Connection {
        int fd = -1;
        QByteArray received;
        QSocketNotifier* notifier = nullptr;
    };
    void acceptConnections();
    void readFrom(int fd);
    void dropConnection(int fd);

    QString m_dataDir;
    QString m_serverName;
    int m_lockFd = -1;
    int m_listenFd = -1;
    QSocketNotifier* m_listener = nullptr;
    std::map<int, Connection> m_connections;
};

} // namespace footcoach
