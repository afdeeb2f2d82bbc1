//! The figures of `report.json` that the code names: the cross-checks, the
//! key figures and the chart texts look them up by these and no other way.
//! Each is declared once here; validation refuses a data file that lacks
//! one, naming it, so a figure renamed in the data cannot silently drop a
//! key figure or a check.

/// A figure the code relies on, by its id in `report.json`'s `figures`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FigureId {
    MediaTvStations,
    MediaTvBroadcasts,
    MediaRadioStations,
    MediaRadioSpots,
    MediaOutletsTotal,
    MediaSpotsTotal,
    VictimsPlaced,
    VictimsRepatriated,
    SheltersLectures,
    SheltersSkillsTrainingHours,
    CasesUncoveredJudicialPolice,
    CasesUncoveredNia,
    CasesIndicted,
    CasesIndictedPersons,
    VisitsOutgoing,
    VisitsIncomingSignatories,
    Agreements2013Countries,
    Agreements2014Countries,
    AgreementsTotalCountries,
    AgreementsOneYearCountries,
}

impl FigureId {
    pub const ALL: [FigureId; 20] = [
        FigureId::MediaTvStations,
        FigureId::MediaTvBroadcasts,
        FigureId::MediaRadioStations,
        FigureId::MediaRadioSpots,
        FigureId::MediaOutletsTotal,
        FigureId::MediaSpotsTotal,
        FigureId::VictimsPlaced,
        FigureId::VictimsRepatriated,
        FigureId::SheltersLectures,
        FigureId::SheltersSkillsTrainingHours,
        FigureId::CasesUncoveredJudicialPolice,
        FigureId::CasesUncoveredNia,
        FigureId::CasesIndicted,
        FigureId::CasesIndictedPersons,
        FigureId::VisitsOutgoing,
        FigureId::VisitsIncomingSignatories,
        FigureId::Agreements2013Countries,
        FigureId::Agreements2014Countries,
        FigureId::AgreementsTotalCountries,
        FigureId::AgreementsOneYearCountries,
    ];

    /// The figure's `id` in the data file.
    pub fn id(self) -> &'static str {
        match self {
            FigureId::MediaTvStations => "media-tv-stations",
            FigureId::MediaTvBroadcasts => "media-tv-broadcasts",
            FigureId::MediaRadioStations => "media-radio-stations",
            FigureId::MediaRadioSpots => "media-radio-spots",
            FigureId::MediaOutletsTotal => "media-outlets-total",
            FigureId::MediaSpotsTotal => "media-spots-total",
            FigureId::VictimsPlaced => "victims-placed",
            FigureId::VictimsRepatriated => "victims-repatriated",
            FigureId::SheltersLectures => "shelters-lectures",
            FigureId::SheltersSkillsTrainingHours => "shelters-skills-training-hours",
            FigureId::CasesUncoveredJudicialPolice => "cases-uncovered-judicial-police",
            FigureId::CasesUncoveredNia => "cases-uncovered-nia",
            FigureId::CasesIndicted => "cases-indicted",
            FigureId::CasesIndictedPersons => "cases-indicted-persons",
            FigureId::VisitsOutgoing => "visits-outgoing",
            FigureId::VisitsIncomingSignatories => "visits-incoming-signatories",
            FigureId::Agreements2013Countries => "agreements-2013-countries",
            FigureId::Agreements2014Countries => "agreements-2014-countries",
            FigureId::AgreementsTotalCountries => "agreements-total-countries",
            FigureId::AgreementsOneYearCountries => "agreements-one-year-countries",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<&str> = FigureId::ALL.iter().map(|f| f.id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), FigureId::ALL.len());
    }
}
