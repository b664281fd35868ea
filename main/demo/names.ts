// Name pools for the demo event, by country, written with their real letters. Polish family
// names ending in -ski take -ska for women; Greek female family names are listed separately.
export interface NamePool {
  readonly country: string;
  readonly weight: number;
  readonly women: readonly string[];
  readonly men: readonly string[];
  readonly families: readonly string[];
  /** Feminine forms where the language has them (Greek); Polish -ski is derived. */
  readonly familiesWomen?: readonly string[];
  readonly clusterNames: readonly string[];
}

export const POOLS: readonly NamePool[] = [
  {
    country: 'Romania', weight: 14,
    women: ['Ana-Maria', 'Ioana', 'Cristina', 'Elena', 'Irina', 'Oana', 'Mădălina', 'Anca', 'Simona', 'Roxana', 'Ștefania'],
    men: ['Andrei', 'Mihai', 'Ștefan', 'Alexandru', 'Bogdan', 'Răzvan', 'Dragoș', 'Radu', 'Tudor', 'Laurențiu', 'Iulian'],
    families: ['Căpitanu', 'Cosnița', 'Popescu', 'Ionescu', 'Dumitrescu', 'Stănescu', 'Țăranu', 'Mureșan', 'Constantinescu',
      'Vlădescu', 'Bălan', 'Șerban', 'Pîrvu', 'Munteanu', 'Lăzărescu', 'Ghiță', 'Dobrescu', 'Neagu'],
    clusterNames: ['Transylvania IT Cluster', 'Cluster Agroalimentar Moldova Nord-Est', 'Clusterul Regional Inovativ Imagistică Moleculară',
      'ASTRICO Nord-Est Textile Cluster', 'Cluster Mobilier Transilvan', 'Romanian Water Cluster', 'Cluster Energetic Oltenia',
      'Turism Ialomița Cluster', 'Danube Engineering Cluster', 'Banat IT Cluster', 'Cluster Ceramică Mediaș', 'Iași Bio-Economy Cluster',
      'AgroTransilvania Cluster', 'Electro-Mobility Cluster Brașov', 'Cluster Sănătate Cluj', 'Galați Shipbuilding Cluster'],
  },
  {
    country: 'Poland', weight: 8,
    women: ['Małgorzata', 'Agnieszka', 'Katarzyna', 'Zofia', 'Joanna', 'Żaneta', 'Bożena', 'Ewa'],
    men: ['Łukasz', 'Paweł', 'Grzegorz', 'Michał', 'Wojciech', 'Jędrzej', 'Przemysław', 'Tomasz'],
    families: ['Bieńkowski', 'Wiśniewski', 'Zieliński', 'Lewandowski', 'Dąbrowski', 'Wójcik', 'Kaczmarek', 'Żak', 'Gołąb', 'Krawczyk', 'Jabłoński'],
    clusterNames: ['Klaster Technologii Medycznych Łódź', 'Śląski Klaster Lotniczy', 'Pomorski Klaster ICT', 'Klaster Meblarski Wielkopolska',
      'Dolnośląski Klaster Energii', 'Mazowiecki Klaster Chemiczny', 'Klaster Spożywczy Podlasie', 'Małopolski Klaster Turystyki'],
  },
  {
    country: 'Hungary', weight: 6,
    women: ['Zsófia', 'Katalin', 'Eszter', 'Réka', 'Judit', 'Ildikó'],
    men: ['Péter', 'László', 'Gábor', 'Ádám', 'Bálint', 'Zoltán'],
    families: ['Kádár', 'Szabó', 'Tóth', 'Nagy', 'Horváth', 'Kovács', 'Molnár', 'Németh', 'Szűcs', 'Lőrincz', 'Gyöngyösi'],
    clusterNames: ['Pannon Autóipari Klaszter', 'Dél-Alföldi Élelmiszeripari Klaszter', 'Pannon Fa- és Bútoripari Klaszter',
      'Hungarian ICT Cluster', 'Szegedi Biotechnológiai Klaszter', 'Észak-Magyarországi Egészségipari Klaszter'],
  },
  {
    country: 'Germany', weight: 8,
    women: ['Annegret', 'Käthe', 'Friederike', 'Ulrike', 'Jördis', 'Hannelore', 'Sophie'],
    men: ['Jürgen', 'Lukas', 'Jörg', 'Sören', 'Maximilian', 'Björn', 'Matthäus'],
    families: ['Müller', 'Schäfer', 'Weiß', 'Groß', 'Köhler', 'Böhm', 'Jäger', 'Krüger', 'Schröder', 'Strauß', 'Hoffmann', 'Blümel'],
    clusterNames: ['Automotive Cluster Baden-Württemberg', 'BioRegio STERN', 'Cluster Nanotechnologie Bayern', 'Maritimes Cluster Norddeutschland',
      'Medical Valley Nürnberg', 'Kunststoff-Cluster Oberösterreich', 'Cluster Ernährung Bayern', 'Photonik Berlin-Brandenburg',
      'Mobilität & Logistik Hamburg', 'it\'s OWL Cluster'],
  },
  {
    country: 'Sweden', weight: 4,
    women: ['Åsa', 'Linnéa', 'Ingrid', 'Märta'], men: ['Mikael', 'Örjan', 'Björn', 'Göran'],
    families: ['Wasberg', 'Sjöström', 'Åkesson', 'Lindqvist', 'Öberg', 'Strömberg'],
    clusterNames: ['Øresund Food Network', 'Paper Province', 'Compare Karlstad', 'Stockholm Life Science Cluster', 'Sustainable Steel Region'],
  },
  {
    country: 'Norway', weight: 2,
    women: ['Øydis', 'Sigrid', 'Ragnhild'], men: ['Øystein', 'Bjørn', 'Håkon'],
    families: ['Ødegaard', 'Bjørnstad', 'Kristiansen', 'Sæther', 'Løvaas'],
    clusterNames: ['NCE Blue Legasea', 'Norwegian Smart Care Cluster', 'Arena Helse i Nord'],
  },
  {
    country: 'Finland', weight: 2, women: ['Päivi', 'Sinikka', 'Aino'], men: ['Jyrki', 'Väinö', 'Mikko'],
    families: ['Hämäläinen', 'Järvinen', 'Mäkelä', 'Kärkkäinen'], clusterNames: ['Cleantech Finland Cluster', 'Health Capital Helsinki'],
  },
  {
    country: 'Iceland', weight: 1, women: ['Sigrún', 'Þórunn'], men: ['Sæmundur', 'Jökull'],
    families: ['Sigurðsson', 'Þórsdóttir', 'Guðmundsson'], clusterNames: ['Iceland Ocean Cluster'],
  },
  {
    country: 'Denmark', weight: 2, women: ['Sørine', 'Mette'], men: ['Søren', 'Jørgen'],
    families: ['Kjærgaard', 'Mørch', 'Bækgaard'], clusterNames: ['Danish Life Science Cluster', 'Energy Cluster Denmark'],
  },
  {
    country: 'Greece', weight: 4,
    women: ['Μαρία', 'Ελένη', 'Κατερίνα', 'Σοφία'], men: ['Γιώργος', 'Νίκος', 'Δημήτρης', 'Κωνσταντίνος'],
    families: ['Παπαδόπουλος', 'Γεωργίου', 'Οικονόμου', 'Βασιλείου', 'Αντωνίου'],
    familiesWomen: ['Παπαδοπούλου', 'Γεωργίου', 'Οικονόμου', 'Βασιλείου', 'Καραγιάννη'],
    clusterNames: ['Corallia mi-Cluster', 'Thessaloniki Agrifood Cluster', 'Hellenic Aerospace Cluster', 'Attica Tourism Cluster'],
  },
  {
    country: 'Ukraine', weight: 4,
    women: ['Олена', 'Ірина', 'Оксана', 'Наталія'], men: ['Андрій', 'Тарас', 'Дмитро', 'Богдан'],
    families: ['Лисенко', 'Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Мельник', 'Олійник'],
    clusterNames: ['IT Cluster Lviv', 'Kharkiv IT Cluster', 'Ukrainian Agrifood Cluster', 'Cluster of Furniture Makers Ivano-Frankivsk'],
  },
  {
    country: 'France', weight: 5,
    women: ['Amélie', 'Hélène', 'Zoé', 'Bérénice', 'Maëlle'], men: ['François', 'Jérôme', 'Loïc', 'Gaël', 'Noël'],
    families: ['Colonna d\'Istria', 'Lefèvre', 'Ménard', 'Desprès', 'Bréchet', 'Marchand', 'Fournier'],
    clusterNames: ['Pôle Aerospace Valley', 'Pôle Mer Méditerranée', 'Vitagora Goût-Nutrition-Santé', 'Cap Digital', 'Pôle Véhicule du Futur'],
  },
  {
    country: 'Czechia', weight: 3, women: ['Tereza', 'Kateřina', 'Zuzana'], men: ['Jiří', 'Tomáš', 'Lukáš'],
    families: ['Dvořák', 'Novák', 'Procházka', 'Šťastný', 'Řezníček', 'Kučera'], clusterNames: ['Moravskoslezský automobilový klastr', 'CzechInvent Cluster', 'Nanoprogress Cluster'],
  },
  {
    country: 'Croatia', weight: 2, women: ['Ivana', 'Đurđica', 'Mateja'], men: ['Željko', 'Dražen', 'Nikša'],
    families: ['Kovačić', 'Horvat', 'Babić', 'Jurić', 'Šarić'], clusterNames: ['Croatian Wood Cluster', 'Croatian Cluster of Competitiveness of Food Processing'],
  },
  {
    country: 'Serbia', weight: 2, women: ['Jelena', 'Dragana'], men: ['Đorđe', 'Miloš'], families: ['Đorđević', 'Petrović', 'Jovanović'],
    clusterNames: ['Vojvodina ICT Cluster', 'Serbian Automotive Cluster'],
  },
  {
    country: 'Turkey', weight: 3, women: ['Ayşe', 'Gülşen', 'Çağla'], men: ['Mehmet', 'Ömer', 'İbrahim'],
    families: ['Yılmaz', 'Çelik', 'Şahin', 'Öztürk', 'Doğan', 'Kılıç'], clusterNames: ['OSTİM Defence and Aviation Cluster', 'Ankara Healthcare Cluster', 'Istanbul Textile Cluster'],
  },
  {
    country: 'Spain', weight: 4, women: ['Lucía', 'Begoña', 'Ainhoa'], men: ['José', 'Íñigo', 'Joaquín'],
    families: ['García', 'Muñoz', 'Peña', 'Núñez', 'Ibáñez', 'Echeverría'], clusterNames: ['Basque Energy Cluster', 'Clúster de la Alimentación de Galicia', 'Catalonia Packaging Cluster', 'Andalucía Aerospace'],
  },
  {
    country: 'Portugal', weight: 2, women: ['Inês', 'Conceição'], men: ['João', 'Gonçalo'], families: ['Gonçalves', 'Ferreira', 'Simões', 'Magalhães'],
    clusterNames: ['Portugal Footwear Cluster', 'Produtech Cluster'],
  },
  {
    country: 'Italy', weight: 4, women: ['Giulia', 'Chiara', 'Benedetta'], men: ['Niccolò', 'Luca', 'Piergiorgio'],
    families: ['Rossi', 'Bianchi', 'Esposito', 'D\'Amico', 'Fabbrì'], clusterNames: ['Lombardy Green Chemistry Association', 'Cluster Agrifood Nazionale', 'Torino Wireless', 'Distretto Tecnologico Trentino'],
  },
  {
    country: 'Latvia', weight: 1, women: ['Līga', 'Ilze'], men: ['Jānis', 'Mārtiņš'], families: ['Kalniņš', 'Bērziņš', 'Ozoliņš'],
    clusterNames: ['Latvian IT Cluster', 'Latvian Wood Cluster'],
  },
  {
    country: 'Lithuania', weight: 1, women: ['Rūta', 'Eglė'], men: ['Mindaugas', 'Žilvinas'], families: ['Jankauskas', 'Žukauskas', 'Petrauskas'],
    clusterNames: ['Lithuanian Laser Cluster', 'Baltic Furniture Cluster'],
  },
  {
    country: 'Estonia', weight: 1, women: ['Kädi', 'Mari-Liis'], men: ['Märt', 'Tõnu'], families: ['Tamm', 'Sepp', 'Kõiv'],
    clusterNames: ['Estonian ICT Cluster', 'Estonian Wood Cluster'],
  },
  {
    country: 'Ireland', weight: 1, women: ['Siobhán', 'Niamh'], men: ['Seán', 'Pádraig'], families: ['Ó Súilleabháin', 'O\'Brien', 'Mac Giolla Phádraig'],
    clusterNames: ['Irish Medtech Cluster'],
  },
  {
    country: 'Belgium', weight: 2, women: ['Lotte', 'Anaïs'], men: ['Bram', 'Maël'], families: ['Van den Berghe', 'Janssens', 'Peeters', 'Dubois'],
    clusterNames: ['Flanders Food', 'Wagralim', 'MecaTech Cluster'],
  },
  {
    country: 'Canada', weight: 1, women: ['Émilie', 'Geneviève'], men: ['Frédéric', 'Étienne'], families: ['Tremblay', 'Gagnon', 'Côté'],
    clusterNames: ['Montréal InVivo', 'Aéro Montréal'],
  },
  {
    country: 'Slovenia', weight: 1, women: ['Špela', 'Mojca'], men: ['Matjaž', 'Žiga'], families: ['Žagar', 'Kovačič', 'Potočnik'],
    clusterNames: ['Slovenian Automotive Cluster', 'Slovenian Wood Industry Cluster'],
  },
];
