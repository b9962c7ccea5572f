#pragma once

#include <QHash>
#include <QObject>

class QSoundEffect;

namespace footcoach {

// Lives on the sound thread: owns the preloaded sound effects and plays them.
class CueSoundWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void load(const QStringList& names);
    void play(const QString& name);
    void setVolume(float volume);
    void useDefaultDevice();

Q_SIGNALS:
    void played();

private:
    QHash<QString, QSoundEffect*> m_effects;
    float m_volume = 0.7f;
};

} // namespace footcoach
