/** The string to dial or to put in a tel:/WhatsApp link: "+852 2157 9537" → "+85221579537", "021-129" → "021129". */
export function dialString(number: string): string {
  return number.replace(/[\s\-().]/g, "");
}
