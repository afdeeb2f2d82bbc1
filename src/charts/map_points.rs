//! Where the map of partners marks each country of `public/data/report.json`:
//! the centroid of its largest polygon in Natural Earth's 1:50m countries
//! (public domain), world-atlas 2.0.2. Written by
//! `node tools/world-map.mjs public/data/report.json --points src/charts/map_points.rs`;
//! do not edit (`make test-tools` fails when it is not current).

/// (ISO 3166-1 numeric code, longitude, latitude), by code.
pub const POINTS: &[(&str, f64, f64)] = &[
    // ARG, Argentina
    ("032", -65.2, -35.2),
    // BLZ, Belize
    ("084", -88.7, 17.2),
    // SLB, Solomon Islands
    ("090", 160.2, -9.6),
    // KHM, Cambodia
    ("116", 104.9, 12.7),
    // TWN, Taiwan
    ("158", 121.0, 23.8),
    // HND, Honduras
    ("340", -86.6, 14.8),
    // IDN, Indonesia
    ("360", 114.0, -0.2),
    // JPN, Japan
    ("392", 138.0, 36.7),
    // MNG, Mongolia
    ("496", 103.1, 46.8),
    // PRY, Paraguay
    ("600", -58.4, -23.2),
    // PHL, Philippines
    ("608", 121.4, 16.0),
    // KNA, Saint Kitts and Nevis
    ("659", -62.7, 17.3),
    // SGP, Singapore
    ("702", 103.8, 1.4),
    // VNM, Vietnam
    ("704", 106.3, 16.7),
    // ZAF, Republic of South Africa
    ("710", 25.2, -29.0),
    // CHE, Switzerland
    ("756", 8.2, 46.8),
    // THA, Thailand
    ("764", 101.0, 15.1),
    // USA, United States
    ("840", -99.1, 39.5),
];
