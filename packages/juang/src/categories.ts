/** Default categories for migrant life, in Indonesian and English. Editable: they are plain data. */
import type { Book, Category, CategoryKind, Lang, Text2 } from "./model.js";

/** Transfer fees without a category of their own go here ("Biaya"). */
export const FEES_CATEGORY = "fees";
/** Expenses without a category go here ("Lainnya"). */
export const OTHER_CATEGORY = "other";

const c = (id: string, idName: string, en: string, kind: CategoryKind = "expense"): Category => ({
  id,
  name: { id: idName, en },
  kind,
});

export const DEFAULT_CATEGORIES: readonly Category[] = [
  c("salary", "Gaji", "Salary", "income"),
  c("bonus", "Bonus & lembur", "Bonus & overtime", "income"),
  c("other-income", "Pemasukan lain", "Other income", "income"),
  c("food", "Makanan", "Food"),
  c("phone", "Pulsa & paket data", "Phone credit & data"),
  c("transport", "Transportasi", "Transport"),
  c("health", "Kesehatan", "Health"),
  c("remittance", "Kiriman ke keluarga", "Remittance to family"),
  c("loan", "Cicilan utang", "Loan repayment"),
  c("savings", "Tabungan", "Savings"),
  c("agency", "Biaya agen", "Agency fees"),
  c("documents", "Dokumen & visa", "Documents & visa"),
  c("gifts", "Hadiah", "Gifts"),
  c("personal", "Kebutuhan pribadi", "Personal care"),
  c("clothing", "Pakaian", "Clothing"),
  c("day-off", "Hari libur", "Day off & leisure"),
  c("education", "Pendidikan", "Education"),
  c("charity", "Zakat & sedekah", "Zakat & charity"),
  c(FEES_CATEGORY, "Biaya", "Fees"),
  c(OTHER_CATEGORY, "Lainnya", "Other"),
];

/** Category display name; falls back to the id itself (e.g. a category only known from a CSV). */
export function categoryName(id: string, categories: readonly Category[], lang: Lang = "id"): string {
  const cat = categories.find((x) => x.id === id);
  return cat ? cat.name[lang] : id;
}

/** Find a category by id or by its Indonesian or English name (case-insensitive). */
export function findCategory(text: string, categories: readonly Category[]): Category | undefined {
  const t = text.trim().toLowerCase();
  return (
    categories.find((x) => x.id.toLowerCase() === t) ??
    categories.find((x) => x.name.id.toLowerCase() === t || x.name.en.toLowerCase() === t)
  );
}

export function renameCategory(categories: readonly Category[], id: string, name: Text2): Category[] {
  return categories.map((x) => (x.id === id ? { ...x, name } : x));
}

export function addCategory(categories: readonly Category[], cat: Category): Category[] {
  if (categories.some((x) => x.id === cat.id)) throw new RangeError(`Category ${cat.id} exists`);
  return [...categories, cat];
}

/** A new, empty book with the default categories. */
export function emptyBook(): Book {
  return {
    accounts: [],
    categories: [...DEFAULT_CATEGORIES],
    transactions: [],
    budgets: [],
    goals: [],
    debts: [],
    personalDebts: [],
    recurring: [],
    rates: [],
    quotes: [],
  };
}
