#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <map>
#include <memory>

class QDeadlineTimer;
class QSocketNotifier;

namespace footcoach {

// One running FootCoach per user and data directory. The first launch holds a lock on
// instance.lock in the data directory (flock: the kernel drops it when the process ends, however
// it ends, so there is no stale lock to detect and nothing to sync to disk) and listens on a
// private Unix socket; later launches hand their arguments over and exit.
//
// The channel is private: only the same user can reach the instance or pose as it. The socket is
// a file named after a hash of the uid and the data directory, in a directory of the user's own
// with mode 0700: $XDG_RUNTIME_DIR/footcoach, or /tmp/footcoach-<uid> without a usable
// XDG_RUNTIME_DIR (unset, not the user's own 0700 directory, or too long for a socket path). Each
// is checked without following links (owned by the user, a directory, mode 0700; a wrong mode is
// repaired, a wrong owner refused). Both ends check the other's credentials (SO_PEERCRED): the
// instance answers only the same user, and a launch sends nothing to a server of another user. A
// socket file left by a killed instance is replaced by the next instance, which holds the lock, so
// no live instance's socket is ever removed. The socket is driven by a QSocketNotifier and needs
// no QtNetwork (which would cost every start about a megabyte and a millisecond).
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

    // Where the instance listens (or would): <private directory>/<hash of uid and data
    // directory>. Empty when no private directory can be had (the instance then runs
    // unreachable, and says so).
    QString socketPath() const { return m_socketPath; }

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
    bool tryOnce(const QByteArray& message, const QDeadlineTimer& deadline, bool* posed) const;

    QString m_dataDir;
    QString m_socketName;
    QString m_socketPath;
    int m_lockFd = -1;
    int m_listenFd = -1;
    QSocketNotifier* m_listener = nullptr;
    std::map<int, Connection> m_connections;
};

} // namespace footcoach
