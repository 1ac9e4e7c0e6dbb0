// News outlets and agencies, as cited in copy (and in pasted search-result counters).
export const NEWS_OUTLETS: readonly string[] = [
  "Reuters", "AP", "AP News", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse", "Bloomberg",
  "Bloomberg News", "BBC", "BBC News", "CNN", "CNBC", "Al Jazeera", "The Guardian", "Guardian", "The New York Times",
  "New York Times", "NYT", "The Washington Post", "Washington Post", "Financial Times", "FT", "The Wall Street Journal",
  "Wall Street Journal", "WSJ", "Politico", "Axios", "NPR", "Fox News", "NBC News", "ABC News", "CBS News", "Sky News",
  "The Economist", "Economist", "Forbes", "Business Insider", "Yahoo", "Yahoo News", "Yahoo Finance", "MarketWatch",
  "Nikkei", "Nikkei Asia", "South China Morning Post", "SCMP", "Xinhua", "Global Times", "Wikipedia", "The Hill",
  "Newsweek", "DW", "Deutsche Welle", "France 24", "Euronews", "The Independent", "The Telegraph",
  "The Times", "Le Monde", "Der Spiegel", "Semafor", "The Diplomat", "Investopedia", "Brookings", "CSIS",
  "Council on Foreign Relations", "CFR", "Atlantic Council", "Chatham House", "USA Today", "Los Angeles Times",
  "LA Times", "The Conversation", "Kyodo", "Yonhap", "TASS", "ANI", "The Hindu", "Times of India", "Straits Times",
  "The Straits Times", "ABC", "CBC", "PBS", "Sputnik", "RT", "Barron’s", "TechCrunch", "The Verge",
];
