//! The parts a figure can play in the viewer: the key figures, the main
//! points, the share cards, the media chart and the cross-checks ask for a
//! figure by its role, never by its id. A figure of `report.json` says
//! which role it plays (`role`); the ids are the report's own. A report
//! whose figures play no role simply has fewer key figures and checks.

use serde::{Deserialize, Serialize};

/// A part a figure plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// TV stations that aired the awareness clips.
    TvStations,
    /// Times the clips were broadcast on TV.
    TvBroadcasts,
    /// Radio stations that aired the awareness spots.
    RadioStations,
    /// Radio spots aired.
    RadioSpots,
    /// TV and radio stations together, as printed.
    MediaOutletsTotal,
    /// TV broadcasts and radio spots together, as printed.
    MediaAiringsTotal,
    /// Victims placed in shelters.
    VictimsPlaced,
    /// Victims repatriated when their placement ended.
    VictimsRepatriated,
    /// Cases uncovered by all law-enforcement agencies.
    CasesUncovered,
    /// Of those, the cases the publishing agency uncovered.
    CasesUncoveredByAgency,
    /// Cases indicted or for which summary judgment was sought.
    CasesIndicted,
    /// Persons in those cases.
    PersonsIndicted,
    /// High-level visits abroad, as printed.
    VisitsOutgoing,
    /// High-level visits received from countries with an agreement, as printed.
    VisitsIncomingSignatories,
    /// Countries that signed an agreement in the figure's year (one figure per year).
    AgreementsSignedInYear,
    /// Countries that signed an agreement within the figure's year, as
    /// printed elsewhere in the report.
    AgreementsSignedWithinYear,
    /// Countries with an agreement by the end of the figure's year.
    AgreementsTotal,
}

impl Role {
    pub const ALL: [Role; 17] = [
        Role::TvStations,
        Role::TvBroadcasts,
        Role::RadioStations,
        Role::RadioSpots,
        Role::MediaOutletsTotal,
        Role::MediaAiringsTotal,
        Role::VictimsPlaced,
        Role::VictimsRepatriated,
        Role::CasesUncovered,
        Role::CasesUncoveredByAgency,
        Role::CasesIndicted,
        Role::PersonsIndicted,
        Role::VisitsOutgoing,
        Role::VisitsIncomingSignatories,
        Role::AgreementsSignedInYear,
        Role::AgreementsSignedWithinYear,
        Role::AgreementsTotal,
    ];

    /// Whether several figures may play the role (one per year).
    pub fn per_year(self) -> bool {
        self == Role::AgreementsSignedInYear
    }

    /// The role as written in the data (`cases-uncovered`).
    pub fn id(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_is_listed_once_and_read_back_from_its_id() {
        let mut ids: Vec<String> = Role::ALL.iter().map(|r| r.id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Role::ALL.len());
        for r in Role::ALL {
            assert_eq!(serde_json::from_value::<Role>(serde_json::Value::String(r.id())).unwrap(), r);
        }
        assert_eq!(Role::CasesUncoveredByAgency.id(), "cases-uncovered-by-agency");
    }
}
