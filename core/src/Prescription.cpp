#include "footcoach/Prescription.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace footcoach {

namespace {

// A value shared by every move, or nullopt when the moves differ.
std::optional<int> common(const QList<PrescribedMove>& moves, int PrescribedMove::*field) {
    if (moves.isEmpty())
        return std::nullopt;
    const int first = moves.first().*field;
    for (const PrescribedMove& m : moves) {
        if (m.*field != first)
            return std::nullopt;
    }
    return first;
}

std::optional<int> optionalInt(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

QJsonObject titleJson(const LocalizedText& title) {
    QJsonObject o{{QStringLiteral(""), title.source}};
    for (auto it = title.translations.cbegin(); it != title.translations.cend(); ++it)
        o.insert(it.key(), *it);
    return o;
}

LocalizedText titleFrom(const QJsonObject& o) {
    LocalizedText title;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().isEmpty())
            title.source = it->toString();
        else
            title.translations.insert(it.key(), it->toString());
    }
    return title;
}

QJsonObject moveJson(const PrescribedMove& m) {
    QJsonArray sides;
    for (const Side s : m.sides)
        sides.append(toString(s));
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("title"), titleJson(m.title)},
            {QStringLiteral("sides"), sides},
            {QStringLiteral("reps"), m.reps},
            {QStringLiteral("holdSeconds"), m.holdSeconds},
            {QStringLiteral("minHoldSeconds"), m.minHoldSeconds},
            {QStringLiteral("restSeconds"), m.restSeconds}};
}

PrescribedMove moveFrom(const QJsonObject& o) {
    PrescribedMove m;
    m.id = o.value(QLatin1String("id")).toString();
    m.title = titleFrom(o.value(QLatin1String("title")).toObject());
    for (const QJsonValue& s : o.value(QLatin1String("sides")).toArray()) {
        if (const auto side = sideFromString(s.toString()))
            m.sides.append(*side);
    }
    m.reps = o.value(QLatin1String("reps")).toInt();
    m.holdSeconds = o.value(QLatin1String("holdSeconds")).toInt();
    m.minHoldSeconds = o.value(QLatin1String("minHoldSeconds")).toInt();
    m.restSeconds = o.value(QLatin1String("restSeconds")).toInt();
    return m;
}

void fillCommon(Prescription& p) {
    p.reps = common(p.moves, &PrescribedMove::reps);
    p.holdSeconds = common(p.moves, &PrescribedMove::holdSeconds);
    p.minHoldSeconds = common(p.moves, &PrescribedMove::minHoldSeconds);
    p.restSeconds = common(p.moves, &PrescribedMove::restSeconds);
    p.moveCount = int(p.moves.size());
}

} // namespace

bool PrescribedMove::sameDemand(const PrescribedMove& o) const {
    return id == o.id && sides == o.sides && reps == o.reps && holdSeconds == o.holdSeconds &&
           minHoldSeconds == o.minHoldSeconds && restSeconds == o.restSeconds;
}

Prescription Prescription::of(const Routine& routine, const QString& routineFile) {
    Prescription p;
    p.routineId = routine.id;
    p.routineVersion = routine.version;
    p.title = routine.title;
    p.routineFile = routineFile;
    for (const Exercise& e : routine.exercises)
        p.moves.append(
            {e.id, e.title, e.sides, e.reps, e.holdSeconds, e.minHoldSeconds, e.restSeconds});
    fillCommon(p);
    return p;
}

Prescription Prescription::fromJson(const QString& json, const QString& routineId, int version) {
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Prescription p;
    p.routineId = routineId;
    p.routineVersion = version;
    p.title = titleFrom(o.value(QLatin1String("title")).toObject());
    if (o.value(QLatin1String("routineFile")).isString())
        p.routineFile = o.value(QLatin1String("routineFile")).toString();
    for (const QJsonValue& m : o.value(QLatin1String("moves")).toArray())
        p.moves.append(moveFrom(m.toObject()));
    if (!p.moves.isEmpty()) {
        fillCommon(p);
        return p;
    }
    // A snapshot of formats 1 and 2: the first move's values.
    p.reps = optionalInt(o, "reps");
    p.holdSeconds = optionalInt(o, "holdSeconds");
    p.minHoldSeconds = optionalInt(o, "minHoldSeconds");
    p.restSeconds = optionalInt(o, "restSeconds");
    p.moveCount = optionalInt(o, "exercises");
    return p;
}

QString Prescription::toJson() const {
    QJsonArray moveArray;
    for (const PrescribedMove& m : moves)
        moveArray.append(moveJson(m));
    // The first move's values stay under the keys formats 1 and 2 used, for any old reader.
    QJsonObject o{{QStringLiteral("routineId"), routineId},
                  {QStringLiteral("routineVersion"), routineVersion},
                  {QStringLiteral("title"), titleJson(title)},
                  {QStringLiteral("routineFile"), routineFile.value_or(QString())},
                  {QStringLiteral("moves"), moveArray}};
    if (!moves.isEmpty()) {
        const PrescribedMove& first = moves.first();
        o.insert(QStringLiteral("reps"), first.reps);
        o.insert(QStringLiteral("holdSeconds"), first.holdSeconds);
        o.insert(QStringLiteral("minHoldSeconds"), first.minHoldSeconds);
        o.insert(QStringLiteral("restSeconds"), first.restSeconds);
        o.insert(QStringLiteral("exercises"), int(moves.size()));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool Prescription::sameDemand(const Prescription& o) const {
    if (routineId != o.routineId || routineVersion != o.routineVersion)
        return false;
    if (routineFile && o.routineFile && *routineFile != *o.routineFile)
        return false;
    if (moves.isEmpty() || o.moves.isEmpty()) {
        // An old record: only the values it kept can be compared.
        return reps == o.reps && holdSeconds == o.holdSeconds &&
               minHoldSeconds == o.minHoldSeconds && restSeconds == o.restSeconds &&
               moveCount == o.moveCount;
    }
    if (moves.size() != o.moves.size())
        return false;
    for (qsizetype i = 0; i < moves.size(); ++i) {
        if (!moves[i].sameDemand(o.moves[i]))
            return false;
    }
    return true;
}

QList<PrescribedMove> Prescription::movesOr(const Routine& routine) const {
    if (!moves.isEmpty())
        return moves;
    QList<PrescribedMove> result = Prescription::of(routine, QString()).moves;
    for (PrescribedMove& m : result) {
        m.reps = reps.value_or(m.reps);
        m.holdSeconds = holdSeconds.value_or(m.holdSeconds);
        m.minHoldSeconds = minHoldSeconds.value_or(m.minHoldSeconds);
        m.restSeconds = restSeconds.value_or(m.restSeconds);
    }
    return result;
}

} // namespace footcoach
