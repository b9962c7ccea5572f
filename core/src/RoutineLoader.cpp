#include "footcoach/RoutineLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace footcoach {

QString RoutineError::message() const {
    if (jsonPath.isEmpty())
        return QStringLiteral("%1: %2").arg(file, problem);
    return RoutineLoader::tr("%1: at %2: %3").arg(file, jsonPath, problem);
}

namespace {

// Thrown inside the parser only; loadData turns it into a RoutineError.
struct Invalid : std::runtime_error {
    Invalid(QString p, QString what)
        : std::runtime_error("invalid routine")
        , path(std::move(p))
        , problem(std::move(what)) {}
    QString path;
    QString problem;
};

// Depth of [ and { nesting, ignoring brackets inside strings. Checked before parsing so that a
// hostile file cannot make the parser recurse deeply.
int nestingDepth(const QByteArray& data) {
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : data) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            deepest = std::max(deepest, ++depth);
        else if (c == ']' || c == '}')
            --depth;
    }
    return deepest;
}

// Checked by hand rather than with QRegularExpression: every start loads the built-in routine,
// and its first match set up the regular-expression engine on the way to the first window.
bool isLowerOrDigit(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool allIn(const QString& text, qsizetype from, qsizetype to, char first, char last) {
    for (qsizetype i = from; i < to; ++i)
        if (text.at(i) < QLatin1Char(first) || text.at(i) > QLatin1Char(last))
            return false;
    return true;
}

// Two or three lower-case letters, then optionally '_' and two upper-case letters ("pt_BR").
bool isLanguageCode(const QString& code) {
    const qsizetype underscore = code.indexOf(QLatin1Char('_'));
    const qsizetype letters = underscore < 0 ? code.size() : underscore;
    if (letters < 2 || letters > 3 || !allIn(code, 0, letters, 'a', 'z'))
        return false;
    return underscore < 0 ||
           (code.size() == letters + 3 && allIn(code, letters + 1, code.size(), 'A', 'Z'));
}

// A lower-case letter or digit, then those, '.', '_' and '-'.
bool isId(const QString& id) {
    return !id.isEmpty() && isLowerOrDigit(id.front()) &&
           std::all_of(id.begin(), id.end(), [](QChar c) {
               return isLowerOrDigit(c) || c == QLatin1Char('.') || c == QLatin1Char('_') ||
                      c == QLatin1Char('-');
           });
}

class Reader {
public:
    Reader(QJsonObject object, QString path)
        : m_object(std::move(object))
        , m_path(std::move(path)) {}

    // Every key must be known; keys starting with "_" are comments.
    void allowOnly(std::initializer_list<const char*> keys) const {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (it.key().startsWith(QLatin1Char('_')))
                continue;
            bool known = false;
            for (const char* key : keys)
                known = known || it.key() == QLatin1String(key);
            if (!known)
                throw Invalid(child(it.key()), RoutineLoader::tr("unknown key"));
        }
    }

    QString child(const QString& key) const { return m_path + QLatin1Char('.') + key; }
    QString child(const char* key) const { return child(QLatin1String(key)); }
    bool has(const char* key) const { return m_object.contains(QLatin1String(key)); }
    QJsonValue value(const char* key) const { return m_object.value(QLatin1String(key)); }

    QString string(const char* key, int maxLength, bool required = true) const {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (required)
                throw Invalid(child(key), RoutineLoader::tr("is missing"));
            return {};
        }
        if (!v.isString())
            throw Invalid(child(key), RoutineLoader::tr("must be a string"));
        const QString text = v.toString().trimmed();
        if (text.isEmpty())
            throw Invalid(child(key), RoutineLoader::tr("must not be empty"));
        if (text.size() > maxLength)
            throw Invalid(child(key),
                          RoutineLoader::tr("is longer than %1 characters").arg(maxLength));
        return text;
    }

    int integer(const char* key, int min, int max, std::optional<int> fallback) const {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (!fallback)
                throw Invalid(child(key), RoutineLoader::tr("is missing"));
            return *fallback;
        }
        if (!v.isDouble())
            throw Invalid(child(key), RoutineLoader::tr("must be a number"));
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d)
            throw Invalid(child(key), RoutineLoader::tr("must be a whole number"));
        if (d < min || d > max)
            throw Invalid(
                child(key),
                RoutineLoader::tr("must be between %1 and %2, not %3").arg(min).arg(max).arg(d));
        return static_cast<int>(d);
    }

    QJsonArray array(const char* key, qsizetype minSize, qsizetype maxSize) const {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            throw Invalid(child(key), RoutineLoader::tr("is missing"));
        if (!v.isArray())
            throw Invalid(child(key), RoutineLoader::tr("must be an array"));
        const QJsonArray a = v.toArray();
        if (a.size() < minSize)
            throw Invalid(child(key),
                          RoutineLoader::tr("must have at least %1 entries").arg(minSize));
        if (a.size() > maxSize)
            throw Invalid(child(key),
                          RoutineLoader::tr("must have at most %1 entries").arg(maxSize));
        return a;
    }

    QHash<QString, QString> translations(const char* key, int maxLength) const {
        QHash<QString, QString> result;
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return result;
        if (!v.isObject())
            throw Invalid(child(key), RoutineLoader::tr("must be an object of language codes"));
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = child(key) + QLatin1Char('.') + it.key();
            if (!isLanguageCode(it.key()))
                throw Invalid(
                    path, RoutineLoader::tr("is not a language code such as \"de\" or \"pt_BR\""));
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                throw Invalid(path, RoutineLoader::tr("must be a non-empty string"));
            if (it.value().toString().size() > maxLength)
                throw Invalid(path,
                              RoutineLoader::tr("is longer than %1 characters").arg(maxLength));
            result.insert(it.key(), it.value().toString().trimmed());
        }
        return result;
    }

private:
    QJsonObject m_object;
    QString m_path;
};

QJsonObject objectAt(const QJsonValue& v, const QString& path) {
    if (!v.isObject())
        throw Invalid(path, RoutineLoader::tr("must be an object"));
    return v.toObject();
}

QString checkedId(const Reader& r, const char* key) {
    const QString id = r.string(key, 64);
    if (!isId(id))
        throw Invalid(
            r.child(key),
            RoutineLoader::tr("may hold only lower-case letters, digits, '.', '_' and '-'"));
    return id;
}

QList<Side> readSides(const Reader& r, const QString& path) {
    const QJsonArray sides = r.array("sides", 1, 2);
    QList<Side> result;
    for (qsizetype i = 0; i < sides.size(); ++i) {
        const QString where = QStringLiteral("%1.sides[%2]").arg(path).arg(i);
        const std::optional<Side> side =
            sides[i].isString() ? sideFromString(sides[i].toString()) : std::nullopt;
        if (!side)
            throw Invalid(where, RoutineLoader::tr("must be \"left\", \"right\" or \"both\""));
        if (result.contains(*side))
            throw Invalid(where, RoutineLoader::tr("names the same side twice"));
        result.append(*side);
    }
    if (result.contains(Side::Both) && result.size() > 1)
        throw Invalid(r.child("sides"),
                      RoutineLoader::tr("\"both\" cannot be combined with a side"));
    return result;
}

Exercise readExercise(const QJsonValue& value, const QString& path) {
    const Reader r(objectAt(value, path), path);
    r.allowOnly({"id", "title", "titleTranslations", "sides", "reps", "holdSeconds",
                 "minHoldSeconds", "restSeconds", "positionSeconds", "steps"});
    Exercise e;
    e.id = checkedId(r, "id");
    e.title.source = r.string("title", 120);
    e.title.translations = r.translations("titleTranslations", 120);
    e.sides = readSides(r, path);
    e.reps = r.integer("reps", 1, 20, std::nullopt);
    e.holdSeconds = r.integer("holdSeconds", 1, Routine::kMaxHoldSeconds, std::nullopt);
    e.minHoldSeconds = r.integer("minHoldSeconds", 1, e.holdSeconds, e.holdSeconds);
    e.restSeconds = r.integer("restSeconds", 0, 600, 5);
    e.positionSeconds = r.integer("positionSeconds", 0, 600, 8);

    const QJsonArray steps = r.array("steps", 1, 20);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString stepPath = QStringLiteral("%1.steps[%2]").arg(path).arg(i);
        const Reader s(objectAt(steps[i], stepPath), stepPath);
        s.allowOnly({"text", "textTranslations", "illustration"});
        Step step;
        step.text.source = s.string("text", 1000);
        step.text.translations = s.translations("textTranslations", 1000);
        step.illustration = s.string("illustration", 200, false);
        e.steps.append(step);
    }
    return e;
}

Routine readRoutine(const QJsonObject& root) {
    const Reader r(root, QStringLiteral("$"));
    r.allowOnly(
        {"format", "version", "id", "title", "titleTranslations", "prepareSeconds", "exercises"});
    if (!r.has("format"))
        throw Invalid(r.child("format"), RoutineLoader::tr("is missing"));
    if (r.value("format") != QJsonValue(QStringLiteral("footcoach-routine")))
        throw Invalid(r.child("format"), RoutineLoader::tr("must be \"footcoach-routine\""));
    if (r.value("version").isDouble() && r.value("version").toDouble() > Routine::kFormatVersion)
        throw Invalid(
            r.child("version"),
            RoutineLoader::tr("is %1, but this FootCoach reads routine format versions up "
                              "to %2; a newer FootCoach is needed")
                .arg(r.value("version").toDouble())
                .arg(Routine::kFormatVersion));

    Routine routine;
    routine.version = r.integer("version", 1, Routine::kFormatVersion, std::nullopt);
    routine.id = checkedId(r, "id");
    routine.title.source = r.string("title", 120);
    routine.title.translations = r.translations("titleTranslations", 120);
    routine.prepareSeconds = r.integer("prepareSeconds", 0, 600, 5);

    const QJsonArray exercises = r.array("exercises", 1, 50);
    QSet<QString> ids;
    for (qsizetype i = 0; i < exercises.size(); ++i) {
        const QString path = QStringLiteral("$.exercises[%1]").arg(i);
        Exercise e = readExercise(exercises[i], path);
        if (ids.contains(e.id))
            throw Invalid(path + QStringLiteral(".id"),
                          RoutineLoader::tr("\"%1\" is used by an earlier exercise").arg(e.id));
        ids.insert(e.id);
        routine.exercises.append(std::move(e));
    }
    return routine;
}

} // namespace

RoutineResult RoutineLoader::loadFile(const QString& path) {
    const QString& name = path;
    QFile file(path);
    if (!file.exists())
        return RoutineError{name, {}, RoutineLoader::tr("the file does not exist")};
    if (file.size() > kMaxFileBytes)
        return RoutineError{name, {}, RoutineLoader::tr("the file is larger than 1 MiB")};
    if (!file.open(QIODevice::ReadOnly))
        return RoutineError{
            name, {}, RoutineLoader::tr("cannot read the file: %1").arg(file.errorString())};
    // Read one byte past the limit so that a file that grew since size() is still caught.
    const QByteArray data = file.read(kMaxFileBytes + 1);
    RoutineResult result = loadData(data, name);
    // A picture given as a relative .svg path lives beside the routine file.
    if (auto* routine = std::get_if<Routine>(&result)) {
        const QDir base = QFileInfo(path).absoluteDir();
        for (Exercise& exercise : routine->exercises) {
            for (Step& step : exercise.steps) {
                if (step.illustration.endsWith(QLatin1String(".svg")) &&
                    QFileInfo(step.illustration).isRelative() && !path.startsWith(QLatin1Char(':')))
                    step.illustration = base.filePath(step.illustration);
            }
        }
    }
    return result;
}

RoutineResult RoutineLoader::loadData(const QByteArray& data, const QString& fileName) {
    if (data.size() > kMaxFileBytes)
        return RoutineError{fileName, {}, RoutineLoader::tr("the file is larger than 1 MiB")};
    if (nestingDepth(data) > kMaxDepth)
        return RoutineError{fileName, QStringLiteral("$"),
                            RoutineLoader::tr("nesting is deeper than %1 levels").arg(kMaxDepth)};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return RoutineError{fileName,
                            {},
                            RoutineLoader::tr("not valid JSON at byte %1: %2")
                                .arg(parseError.offset)
                                .arg(parseError.errorString())};
    if (!document.isObject())
        return RoutineError{fileName, QStringLiteral("$"), RoutineLoader::tr("must be an object")};
    try {
        return readRoutine(document.object());
    } catch (const Invalid& invalid) {
        return RoutineError{fileName, invalid.path, invalid.problem};
    }
}

QString RoutineLoader::builtInPath() {
    return QStringLiteral(":/routines/numb-feet-stretches.json");
}

Routine RoutineLoader::builtIn() {
    RoutineResult result = loadFile(builtInPath());
    // The built-in routine is tested; failing here means a broken build, not bad user input.
    Q_ASSERT(std::holds_alternative<Routine>(result));
    if (auto* routine = std::get_if<Routine>(&result))
        return *routine;
    qFatal("built-in routine is invalid: %s", qPrintable(std::get<RoutineError>(result).message()));
}

} // namespace footcoach
