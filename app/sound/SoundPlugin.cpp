#include "sound/SoundPlugin.h"

#include "sound/SoundCuePlayer.h"
#include "sound/VoiceGuide.h"
#include "sound/WorkerThread.h"

#include <QLocale>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace footcoach {

CuePlayer* SoundPlugin::createCuePlayer(const AppSettings& settings, QObject* parent) {
    return new SoundCuePlayer(settings, parent);
}

Voice* SoundPlugin::createVoice(const AppSettings& settings, QObject* parent) {
    return new VoiceGuide(settings, parent);
}

QFuture<bool> SoundPlugin::voiceAvailable() {
    // On the global thread pool, which the application waits for as it quits: the engines are
    // created and deleted on that thread, and none is left half made at exit.
    auto promise = std::make_shared<QPromise<bool>>();
    QFuture<bool> answer = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, locale = QLocale()] {
        promise->addResult(VoiceGuide::voiceExistsFor(locale));
        promise->finish();
    });
    return answer;
}

bool SoundPlugin::soundThreadStuck() {
    return WorkerThread::stuck();
}

} // namespace footcoach
