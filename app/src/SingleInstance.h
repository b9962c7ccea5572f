#pragma once

#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;

namespace footcoach {

// One running FootCoach per user and data directory. The first launch holds a lock file in
// the data directory and listens on a per-user local socket; later launches hand their
// arguments over and exit. A lock left by a killed instance is recognised at once (its
// process is gone) and taken over.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process is now the running instance.
    bool claim();
    // From a later launch: hands the arguments to the running instance. False when none
    // answered within the timeout.
    bool sendToRunning(const QStringList& arguments, int timeoutMs = 5000);

    QString serverName() const { return m_serverName; }
    static QString serverNameFor(const QString& dataDir);

Q_SIGNALS:
    void argumentsReceived(const QStringList& arguments);

private:
    void onNewConnection();

    QString m_dataDir;
    QString m_serverName;
    QLockFile m_lock;
    QLocalServer* m_server = nullptr;
};

} // namespace footcoach
