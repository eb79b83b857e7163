// malkoll-cli commands for the city: the city view of every committee (city) and KF:s årsmål set
// once for every committee (kf-target).
#include "clicommands.h"
#include "clisupport.h"
#include "report/cityview.h"
#include "store/cityrepository.h"
#include "store/organisationrepository.h"
#include "text/targettext.h"
#include "translator.h"

#include <QDate>

namespace malkoll::cli {

int city(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("The city's view of one period: every committee against KF's goals and KF-indikatorer "
                                        "(outcome, prognos helår, Årsmål, KF:s årsmål, status, the spread), the committees' "
                                        "assessments of KF's goals beside the suggestions, and every committee's reporting round."));
    p.addPositionalArgument(QStringLiteral("store"), Cli::tr("The store file or server."));
    p.addOption({QStringLiteral("year"), Cli::tr("The year (default: the city's latest)."), Cli::tr("YEAR")});
    p.addOption({QStringLiteral("period"), Cli::tr("T1, T2 or VB (default: T1)."), Cli::tr("PERIOD"), QStringLiteral("T1")});
    p.addOption({QStringLiteral("format"), Cli::tr("tsv, text or xlsx (default: text)."), Cli::tr("FORMAT"), QStringLiteral("text")});
    p.addOption({QStringLiteral("out"), Cli::tr("Write to FILE (needed for xlsx)."), Cli::tr("FILE")});
    p.addOption({QStringLiteral("force"), Cli::tr("Replace FILE if it exists.")});
    p.addOption({QStringLiteral("lang"), Cli::tr("sv or en (default: sv)."), Cli::tr("LANG"), QStringLiteral("sv")});
    p.addOption({QStringLiteral("attach"),
                 Cli::tr("First attach every committee's plan of the year to the city's KF structure (by number and title; "
                         "the first committee's becomes the city's when the city has none), and list what did not match.")});
    if (!parse(p, QStringLiteral("city"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1) {
        io.err << Cli::tr("city: give one store.") << '\n';
        return 2;
    }
    const auto period = followUpPeriod(p, "city", io);
    if (!period) return 2;
    const auto wantedYear = yearOption(p, "city", io);
    if (!wantedYear) return 2;
    if (const int problem = tableOutputProblem(p, "city", io)) return problem;
    const QString langCode = p.value(QStringLiteral("lang"));
    if (langCode != u"sv" && langCode != u"en") {
        io.err << Cli::tr("city: --lang must be sv or en, not “%1”.").arg(langCode) << '\n';
        return 2;
    }
    const Language lang = langCode == u"sv" ? Language::Swedish : Language::English;
    if (lang == Language::Swedish) installTranslations(*QCoreApplication::instance(), QStringLiteral("sv"));
    auto store = openExisting(p.positionalArguments().first(), io);
    if (!store) return 1;
    CityRepository cityStore(*store);

    if (p.isSet(QStringLiteral("attach"))) {
        if (!*wantedYear) {
            io.err << Cli::tr("city --attach: give the year with --year.") << '\n';
            return 2;
        }
        for (const Committee &c : OrganisationRepository(*store).committees()) {
            auto attached = cityStore.attach(c.id, **wantedYear);
            if (!attached) {
                io.err << c.name << ": " << attached.error() << '\n';
                return 1;
            }
            if (!attached->goals && attached->unmatched.isEmpty()) continue;
            io.err << Cli::tr("%1: %2 KF goals and %3 KF-indikatorer follow the city's%4.")
                          .arg(c.name)
                          .arg(attached->goals)
                          .arg(attached->indicators)
                          .arg(attached->cityCreated ? Cli::tr(" (the city's structure of %1 was taken from this plan)").arg(**wantedYear)
                                                     : QString())
                   << '\n';
            for (const QString &u : std::as_const(attached->unmatched)) io.err << "  " << Cli::tr("not in the city's: %1").arg(u) << '\n';
            for (const QString &d : std::as_const(attached->differences)) io.err << "  " << d << '\n';
        }
    }
    const std::vector<int> years = cityStore.years();
    if (years.empty()) {
        io.err << Cli::tr("city: the store holds no KF structure of the city; attach the committees' plans with --attach --year Y.") << '\n';
        return 1;
    }
    const int year = wantedYear->value_or(years.back());
    auto view = CityView::fromStore(*store, year, *period, QDate::currentDate());
    if (!view) {
        io.err << Cli::tr("city: %1").arg(view.error()) << '\n';
        return 1;
    }
    return writeTables(view->tables(lang), p.value(QStringLiteral("format")), p.value(QStringLiteral("out")),
                       p.isSet(QStringLiteral("force")), "city", io);
}

int kfTarget(const QStringList &args, Io io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Set KF:s årsmål of a KF-indikator once for every committee — as adopted in the budget, "
                                        "or as a KF decision during the year (--decided, --from, --reason)."));
    p.addPositionalArgument(QStringLiteral("store"), Cli::tr("The store file or server."));
    p.addOption({QStringLiteral("year"), Cli::tr("The year."), Cli::tr("YEAR")});
    p.addOption({QStringLiteral("indicator"), Cli::tr("The KF-indikator (its name)."), Cli::tr("NAME")});
    p.addOption({QStringLiteral("target"), Cli::tr("KF:s årsmål as the budget writes it: “80 %”, “Öka”, “Max 10”, …"), Cli::tr("TEXT")});
    p.addOption({QStringLiteral("decided"), Cli::tr("The date of KF's decision during the year (YYYY-MM-DD)."), Cli::tr("DATE")});
    p.addOption({QStringLiteral("from"), Cli::tr("The first period the decision applies to: T1, T2 or VB."), Cli::tr("PERIOD")});
    p.addOption({QStringLiteral("reason"), Cli::tr("The reason of the decision."), Cli::tr("TEXT")});
    if (!parse(p, QStringLiteral("kf-target"), args, io)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("indicator")) || !p.isSet(QStringLiteral("target"))) {
        io.err << Cli::tr("kf-target: give a store, --year, --indicator and --target.") << '\n';
        return 2;
    }
    const auto wantedYear = yearOption(p, "kf-target", io);
    if (!wantedYear) return 2;
    if (!*wantedYear) {
        io.err << Cli::tr("kf-target: give the year with --year.") << '\n';
        return 2;
    }
    const bool decision = p.isSet(QStringLiteral("decided")) || p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("reason"));
    TargetChange change;
    if (decision) {
        change.decided = QDate::fromString(p.value(QStringLiteral("decided")), Qt::ISODate);
        const auto from = periodFromCode(p.value(QStringLiteral("from")));
        if (!change.decided.isValid() || !from || *from == Period::VP || p.value(QStringLiteral("reason")).trimmed().isEmpty()) {
            io.err << Cli::tr("kf-target: a KF decision during the year needs --decided YYYY-MM-DD, --from T1|T2|VB and --reason.") << '\n';
            return 2;
        }
        change.fromPeriod = *from;
        change.reason = p.value(QStringLiteral("reason"));
    }
    auto target = TargetText::parse(p.value(QStringLiteral("target")));
    if (!target) {
        io.err << Cli::tr("kf-target: --target: %1").arg(target.error()) << '\n';
        return 2;
    }
    auto store = openExisting(p.positionalArguments().first(), io);
    if (!store) return 1;
    CityRepository cityStore(*store);
    const int year = **wantedYear;
    const auto indicator = cityStore.findIndicator(year, p.value(QStringLiteral("indicator")));
    if (!indicator) {
        io.err << Cli::tr("kf-target: the city has no KF-indikator “%1” in %2.").arg(p.value(QStringLiteral("indicator"))).arg(year) << '\n';
        return 1;
    }
    const int committees = int(cityStore.followers(indicator->id));
    if (decision) {
        change.indicatorId = indicator->id;
        change.target = target.value();
        if (auto added = cityStore.addDecision(change); !added) {
            io.err << Cli::tr("kf-target: %1 Nothing was changed.").arg(added.error()) << '\n';
            return 1;
        }
        io.out << Cli::tr("KF:s årsmål of “%1” is “%2” from %3 %4 (decided %5), in %n committee(s).", nullptr, committees)
                      .arg(indicator->name, target->text, periodCode(change.fromPeriod))
                      .arg(year)
                      .arg(change.decided.toString(Qt::ISODate))
               << '\n';
        return 0;
    }
    if (auto set = cityStore.setKfTarget(indicator->id, target.value()); !set) {
        io.err << Cli::tr("kf-target: %1 Nothing was changed.").arg(set.error()) << '\n';
        return 1;
    }
    io.out << Cli::tr("KF:s årsmål of “%1” %2 is “%3”, in %n committee(s).", nullptr, committees).arg(indicator->name).arg(year).arg(target->text)
           << '\n';
    return 0;
}

} // namespace malkoll::cli
