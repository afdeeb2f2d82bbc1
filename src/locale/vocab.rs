//! The names of the vocabularies (`core::vocab`) as a reader sees them:
//! pillar, tier, unit, challenge dimension, activity kind. Used by the
//! filters, lists, tables and chart labels, and inside other texts.

use super::keys::pick;
use super::keys::{t, Key};
use crate::core::{ActivityKind, Dimension, Direction, Lang, Pillar, Tier, Unit};

pub fn pillar(lang: Lang, p: Pillar) -> &'static str {
    let (zh, en) = match p {
        Pillar::Prevention => ("預防", "Prevention"),
        Pillar::Protection => ("保護", "Protection"),
        Pillar::Prosecution => ("查緝起訴", "Prosecution"),
        Pillar::Partnership => ("夥伴關係", "Partnership"),
    };
    pick(lang, zh, en)
}

pub fn tier(lang: Lang, t: Tier) -> &'static str {
    let (zh, en) = match t {
        Tier::Tier1 => ("第一級", "Tier 1"),
        Tier::Tier2 => ("第二級", "Tier 2"),
        Tier::Tier2Watch => ("第二級觀察名單", "Tier 2 Watch List"),
        Tier::Tier3 => ("第三級", "Tier 3"),
    };
    pick(lang, zh, en)
}

pub fn unit(lang: Lang, u: Unit) -> &'static str {
    let (zh, en) = match u {
        Unit::People => ("人", "people"),
        Unit::Countries => ("國", "countries"),
        Unit::Sessions => ("場次", "sessions"),
        Unit::Broadcasts => ("次", "broadcasts"),
        Unit::Spots => ("檔次", "spots"),
        Unit::Hours => ("小時", "hours"),
        Unit::Stations => ("家", "stations"),
        Unit::Outlets => ("家", "outlets"),
        Unit::Cases => ("件", "cases"),
        Unit::Persons => ("人", "persons"),
        Unit::Meetings => ("次", "meetings"),
        Unit::Visits => ("次", "visits"),
        Unit::Shelters => ("處", "shelters"),
        Unit::Lectures => ("場次", "lectures"),
        Unit::Agreements => ("項", "agreements"),
        Unit::Counties => ("縣市", "counties and cities"),
        Unit::Aspects => ("面向", "aspects"),
        Unit::Topics => ("議題", "topics"),
        Unit::Speakers => ("名講者", "speakers"),
        Unit::Places => ("名", "places"),
        Unit::Percent => ("％", "%"),
        Unit::Rank => ("級", "tier"),
        Unit::Rounds => ("梯次", "rounds"),
        Unit::Times => ("次", "times"),
        Unit::Value => ("指標值", "indicator value"),
    };
    pick(lang, zh, en)
}

/// The six challenge dimensions, as the report names them (貳、三).
pub fn dimension(lang: Lang, d: Dimension) -> &'static str {
    let (zh, en) = match d {
        Dimension::Innovation => ("創新性", "Innovation"),
        Dimension::Difficulty => ("執行困難度", "Difficulty of execution"),
        Dimension::Quality => ("目標質量提升", "Raising targets in quality and quantity"),
        Dimension::Coordination => ("跨多機關協調", "Coordination across agencies"),
        Dimension::PartnershipBuilding => ("夥伴關係經營", "Building partnerships"),
        Dimension::Uncontrollable => ("較多不可控制影響因素", "Factors beyond control"),
    };
    pick(lang, zh, en)
}

/// Which way a visit or exchange went.
pub fn direction(lang: Lang, d: Direction) -> &'static str {
    match d {
        Direction::Incoming => t(lang, Key::MapIncoming),
        Direction::Outgoing => t(lang, Key::MapOutgoing),
    }
}

pub fn activity_kind(lang: Lang, k: ActivityKind) -> &'static str {
    let (zh, en) = match k {
        ActivityKind::Event => ("活動", "Event"),
        ActivityKind::Outreach => ("設攤宣導", "Outreach"),
        ActivityKind::Visit => ("訪問", "Visit"),
        ActivityKind::Meeting => ("會議", "Meeting"),
        ActivityKind::Conference => ("研討會", "Conference"),
        ActivityKind::Training => ("訓練", "Training"),
        ActivityKind::Campaign => ("宣導", "Campaign"),
        ActivityKind::Evaluation => ("考核", "Evaluation"),
        ActivityKind::NgoProject => ("NGO 合作", "NGO project"),
        ActivityKind::Construction => ("工程", "Construction"),
    };
    pick(lang, zh, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_has_both_languages() {
        for d in Dimension::ALL {
            assert_ne!(dimension(Lang::Zh, d), dimension(Lang::En, d), "{d:?}");
        }
        for u in Unit::ALL {
            assert!(!unit(Lang::Zh, u).is_empty() && !unit(Lang::En, u).is_empty(), "{u:?}");
        }
    }
}
