#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

#include <unistd.h>

namespace footcoach {

QString SingleInstance::serverNameFor(const QString& dataDir) {
    const QByteArray key =
        QByteArray::number(::getuid()) + '\0' + QDir(dataDir).canonicalPath().toUtf8();
    return QStringLiteral("footcoach-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_serverName(serverNameFor(dataDir))
    , m_lock(QDir(dataDir).filePath(QStringLiteral("instance.lock"))) {
    // Stale means "its process is gone", never "old": a long-running instance keeps its lock.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() {
    if (m_server)
        m_server->close();
}

bool SingleInstance::claim() {
    if (!m_lock.tryLock(0))
        return false;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket file left behind belongs to a dead instance.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName))
        return true; // still the only instance; later launches just cannot reach us
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

bool SingleInstance::sendToRunning(const QStringList& arguments, int timeoutMs) {
    // The running instance may be a moment away from listening: retry until the deadline.
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (!socket.waitForConnected(
                std::min<int>(250, static_cast<int>(deadline.remainingTime())))) {
            QThread::msleep(25); // nobody listens yet: back off briefly instead of spinning
            continue;
        }
        const QByteArray message =
            QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) +
            '\n';
        socket.write(message);
        if (!socket.waitForBytesWritten(2000))
            continue;
        // The running instance answers once it has taken the arguments.
        if (socket.waitForReadyRead(
                static_cast<int>(std::max<qint64>(500, deadline.remainingTime()))) &&
            socket.readAll().startsWith("ok"))
            return true;
    }
    return false;
}

void SingleInstance::onNewConnection() {
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine());
            QStringList arguments;
            for (const QJsonValue& v : doc.array())
                arguments.append(v.toString());
            socket->write("ok\n");
            socket->flush();
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

} // namespace footcoach
