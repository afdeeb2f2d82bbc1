//! Where the map of partners marks a country: for every country of
//! Natural Earth's 1:50m countries (public domain), world-atlas 2.0.2,
//! the centroid of its largest polygon. Written by
//! `node tools/world-map.mjs --points src/charts/map_points.rs`;
//! do not edit (`make test-tools` fails when it is not current).

/// (ISO 3166-1 numeric code, longitude, latitude), by code.
pub const POINTS: &[(&str, f64, f64)] = &[
    ("004", 66.0, 33.8), // Afghanistan
    ("008", 20.0, 41.1), // Albania
    ("012", 2.6, 28.2), // Algeria
    ("016", -170.7, -14.3), // American Samoa
    ("020", 1.6, 42.5), // Andorra
    ("024", 17.6, -12.3), // Angola
    ("028", -61.8, 17.1), // Antigua and Barb.
    ("031", 47.7, 40.3), // Azerbaijan
    ("032", -65.2, -35.2), // Argentina
    ("036", 134.4, -25.6), // Australia
    ("036", 123.6, -12.4), // Ashmore and Cartier Is.
    ("040", 14.1, 47.6), // Austria
    ("044", -78.0, 24.7), // Bahamas
    ("048", 50.5, 26.0), // Bahrain
    ("050", 90.2, 23.9), // Bangladesh
    ("051", 44.9, 40.3), // Armenia
    ("052", -59.6, 13.2), // Barbados
    ("056", 4.6, 50.6), // Belgium
    ("060", -64.8, 32.3), // Bermuda
    ("064", 90.4, 27.4), // Bhutan
    ("068", -64.7, -16.7), // Bolivia
    ("070", 17.8, 44.2), // Bosnia and Herz.
    ("072", 23.8, -22.2), // Botswana
    ("076", -53.1, -10.8), // Brazil
    ("084", -88.7, 17.2), // Belize
    ("086", 72.4, -7.3), // Br. Indian Ocean Ter.
    ("090", 160.2, -9.6), // Solomon Is.
    ("092", -64.6, 18.4), // British Virgin Is.
    ("096", 114.6, 4.5), // Brunei
    ("100", 25.2, 42.8), // Bulgaria
    ("104", 96.5, 21.2), // Myanmar
    ("108", 29.9, -3.4), // Burundi
    ("112", 28.0, 53.5), // Belarus
    ("116", 104.9, 12.7), // Cambodia
    ("120", 12.7, 5.7), // Cameroon
    ("124", -102.4, 57.9), // Canada
    ("132", -23.6, 15.1), // Cabo Verde
    ("136", -81.3, 19.3), // Cayman Is.
    ("140", 20.5, 6.6), // Central African Rep.
    ("144", 80.7, 7.6), // Sri Lanka
    ("148", 18.6, 15.3), // Chad
    ("152", -71.3, -35.7), // Chile
    ("156", 103.8, 36.6), // China
    ("158", 121.0, 23.8), // Taiwan
    ("170", -73.1, 3.9), // Colombia
    ("174", 43.3, -11.7), // Comoros
    ("178", 15.2, -0.8), // Congo
    ("180", 23.6, -2.9), // Dem. Rep. Congo
    ("184", -159.8, -21.2), // Cook Is.
    ("188", -84.2, 10.0), // Costa Rica
    ("191", 16.4, 45.2), // Croatia
    ("192", -78.9, 21.6), // Cuba
    ("196", 33.0, 34.9), // Cyprus
    ("203", 15.3, 49.7), // Czechia
    ("204", 2.3, 9.6), // Benin
    ("208", 9.4, 56.2), // Denmark
    ("212", -61.4, 15.4), // Dominica
    ("214", -70.5, 18.9), // Dominican Rep.
    ("218", -78.4, -1.4), // Ecuador
    ("222", -88.9, 13.7), // El Salvador
    ("226", 10.5, 1.6), // Eq. Guinea
    ("231", 39.6, 8.6), // Ethiopia
    ("232", 38.8, 15.4), // Eritrea
    ("233", 25.8, 58.7), // Estonia
    ("234", -6.9, 62.2), // Faeroe Is.
    ("238", -58.8, -51.7), // Falkland Is.
    ("239", -36.7, -54.4), // S. Geo. and the Is.
    ("242", -29.2, -16.5), // Fiji
    ("246", 26.3, 64.5), // Finland
    ("248", 19.9, 60.2), // Åland
    ("250", 2.5, 46.6), // France
    ("258", -149.4, -17.7), // Fr. Polynesia
    ("260", 69.5, -49.3), // Fr. S. Antarctic Lands
    ("262", 42.6, 11.7), // Djibouti
    ("266", 11.8, -0.6), // Gabon
    ("268", 43.5, 42.2), // Georgia
    ("270", -15.4, 13.4), // Gambia
    ("275", 35.2, 31.9), // Palestine
    ("276", 10.4, 51.1), // Germany
    ("288", -1.2, 8.0), // Ghana
    ("296", -157.4, 1.9), // Kiribati
    ("300", 22.6, 39.5), // Greece
    ("304", -41.4, 74.7), // Greenland
    ("308", -61.7, 12.1), // Grenada
    ("316", 144.8, 13.4), // Guam
    ("320", -90.4, 15.7), // Guatemala
    ("324", -10.9, 10.4), // Guinea
    ("328", -59.0, 4.8), // Guyana
    ("332", -72.7, 18.9), // Haiti
    ("334", 73.5, -53.1), // Heard I. and McDonald Is.
    ("336", 12.4, 41.9), // Vatican
    ("340", -86.6, 14.8), // Honduras
    ("344", 114.1, 22.4), // Hong Kong
    ("348", 19.4, 47.2), // Hungary
    ("352", -18.6, 65.0), // Iceland
    ("356", 79.6, 22.9), // India
    ("360", 114.0, -0.2), // Indonesia
    ("364", 54.3, 32.6), // Iran
    ("368", 43.7, 33.0), // Iraq
    ("372", -8.1, 53.2), // Ireland
    ("376", 35.0, 31.5), // Israel
    ("380", 12.1, 43.5), // Italy
    ("384", -5.6, 7.6), // Côte d'Ivoire
    ("388", -77.3, 18.2), // Jamaica
    ("392", 138.0, 36.7), // Japan
    ("398", 67.3, 48.2), // Kazakhstan
    ("400", 36.8, 31.2), // Jordan
    ("404", 37.8, 0.6), // Kenya
    ("408", 127.2, 40.2), // North Korea
    ("410", 127.9, 36.5), // South Korea
    ("414", 47.6, 29.3), // Kuwait
    ("417", 74.5, 41.5), // Kyrgyzstan
    ("418", 103.7, 18.5), // Laos
    ("422", 35.9, 33.9), // Lebanon
    ("426", 28.2, -29.6), // Lesotho
    ("428", 24.9, 56.9), // Latvia
    ("430", -9.3, 6.5), // Liberia
    ("434", 18.0, 27.0), // Libya
    ("438", 9.5, 47.1), // Liechtenstein
    ("440", 23.9, 55.3), // Lithuania
    ("442", 6.1, 49.8), // Luxembourg
    ("446", 113.5, 22.2), // Macao
    ("450", 46.7, -19.4), // Madagascar
    ("454", 34.3, -13.2), // Malawi
    ("458", 114.7, 3.6), // Malaysia
    ("462", 73.5, 4.2), // Maldives
    ("466", -3.5, 17.3), // Mali
    ("470", 14.4, 35.9), // Malta
    ("478", -10.3, 20.3), // Mauritania
    ("480", 57.6, -20.3), // Mauritius
    ("484", -102.5, 23.9), // Mexico
    ("492", 7.4, 43.8), // Monaco
    ("496", 103.1, 46.8), // Mongolia
    ("498", 28.5, 47.2), // Moldova
    ("499", 19.2, 42.8), // Montenegro
    ("500", -62.2, 16.7), // Montserrat
    ("504", -8.5, 29.8), // Morocco
    ("508", 35.5, -17.3), // Mozambique
    ("512", 56.1, 20.6), // Oman
    ("516", 17.2, -22.1), // Namibia
    ("520", 166.9, -0.5), // Nauru
    ("524", 83.9, 28.2), // Nepal
    ("528", 5.6, 52.3), // Netherlands
    ("531", -69.0, 12.2), // Curaçao
    ("533", -70.0, 12.5), // Aruba
    ("534", -63.1, 18.1), // Sint Maarten
    ("540", 165.5, -21.3), // New Caledonia
    ("548", 166.8, -15.2), // Vanuatu
    ("554", 170.5, -44.0), // New Zealand
    ("558", -85.0, 12.8), // Nicaragua
    ("562", 9.4, 17.4), // Niger
    ("566", 8.1, 9.6), // Nigeria
    ("570", -169.9, -19.0), // Niue
    ("574", 167.9, -29.1), // Norfolk Island
    ("578", 13.9, 64.2), // Norway
    ("580", 145.7, 15.2), // N. Mariana Is.
    ("583", 158.2, 6.9), // Micronesia
    ("584", 171.2, 7.1), // Marshall Is.
    ("585", 134.6, 7.5), // Palau
    ("586", 69.3, 29.9), // Pakistan
    ("591", -80.1, 8.5), // Panama
    ("598", 144.2, -6.6), // Papua New Guinea
    ("600", -58.4, -23.2), // Paraguay
    ("604", -74.4, -9.2), // Peru
    ("608", 121.4, 16.0), // Philippines
    ("612", -128.3, -24.4), // Pitcairn Is.
    ("616", 19.4, 52.1), // Poland
    ("620", -8.0, 39.7), // Portugal
    ("624", -14.9, 12.1), // Guinea-Bissau
    ("626", 125.9, -8.8), // Timor-Leste
    ("630", -66.5, 18.2), // Puerto Rico
    ("634", 51.2, 25.3), // Qatar
    ("642", 25.0, 45.9), // Romania
    ("643", 193.2, 56.4), // Russia
    ("646", 29.9, -2.0), // Rwanda
    ("652", -62.8, 17.9), // St-Barthélemy
    ("654", -5.7, -16.0), // Saint Helena
    ("659", -62.7, 17.3), // St. Kitts and Nevis
    ("660", -63.1, 18.2), // Anguilla
    ("662", -61.0, 13.9), // Saint Lucia
    ("663", -63.1, 18.1), // St-Martin
    ("666", -56.3, 46.9), // St. Pierre and Miquelon
    ("670", -61.2, 13.3), // St. Vin. and Gren.
    ("674", 12.5, 43.9), // San Marino
    ("678", 6.6, 0.2), // São Tomé and Principe
    ("682", 44.5, 24.1), // Saudi Arabia
    ("686", -14.5, 14.4), // Senegal
    ("688", 20.8, 44.2), // Serbia
    ("690", 55.5, -4.7), // Seychelles
    ("694", -11.8, 8.6), // Sierra Leone
    ("702", 103.8, 1.4), // Singapore
    ("703", 19.5, 48.7), // Slovakia
    ("704", 106.3, 16.7), // Vietnam
    ("705", 14.8, 46.1), // Slovenia
    ("706", 45.7, 4.8), // Somalia
    ("710", 25.2, -29.0), // South Africa
    ("716", 29.9, -19.0), // Zimbabwe
    ("724", -3.6, 40.4), // Spain
    ("728", 30.2, 7.3), // S. Sudan
    ("729", 29.9, 16.0), // Sudan
    ("732", -12.2, 24.2), // W. Sahara
    ("740", -55.9, 4.1), // Suriname
    ("748", 31.5, -26.6), // eSwatini
    ("752", 16.7, 62.8), // Sweden
    ("756", 8.2, 46.8), // Switzerland
    ("760", 38.5, 35.0), // Syria
    ("762", 71.0, 38.5), // Tajikistan
    ("764", 101.0, 15.1), // Thailand
    ("768", 1.0, 8.5), // Togo
    ("776", -175.2, -21.2), // Tonga
    ("780", -61.3, 10.4), // Trinidad and Tobago
    ("784", 54.3, 23.9), // United Arab Emirates
    ("788", 9.5, 34.1), // Tunisia
    ("792", 35.4, 39.0), // Turkey
    ("795", 59.4, 39.1), // Turkmenistan
    ("796", -71.7, 21.8), // Turks and Caicos Is.
    ("800", 32.4, 1.3), // Uganda
    ("804", 31.3, 49.2), // Ukraine
    ("807", 21.7, 41.6), // Macedonia
    ("818", 29.9, 26.5), // Egypt
    ("826", -2.5, 53.9), // United Kingdom
    ("831", -2.6, 49.5), // Guernsey
    ("832", -2.1, 49.2), // Jersey
    ("833", -4.5, 54.2), // Isle of Man
    ("834", 34.8, -6.3), // Tanzania
    ("840", -99.1, 39.5), // United States of America
    ("850", -64.8, 17.7), // U.S. Virgin Is.
    ("854", -1.8, 12.3), // Burkina Faso
    ("858", -56.0, -32.8), // Uruguay
    ("860", 63.1, 41.8), // Uzbekistan
    ("862", -66.2, 7.1), // Venezuela
    ("876", -178.1, -14.3), // Wallis and Futuna Is.
    ("882", -172.4, -13.6), // Samoa
    ("887", 47.5, 15.9), // Yemen
    ("894", 27.8, -13.5), // Zambia
];
