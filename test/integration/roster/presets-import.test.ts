import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attendeeIdByCode, getAttendee } from '../../../db/queries/attendees.ts';
import { importFile } from '../../../main/roster/run-import.ts';
import { search } from '../../../main/search/search.ts';
import { DESK, eventWith } from '../../helpers/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'foyer-presets-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const byCode = (db: ReturnType<typeof eventWith>, code: string) => {
  const id = attendeeIdByCode(db, code);
  return id === undefined ? undefined : getAttendee(db, id);
};

describe('import presets', () => {
  it('imports a pretix check-in list CSV (secrets as codes, name parts, attention, comment)', async () => {
    const db = eventWith([]);
    const path = file('pretix_checkin.csv', [
      'Order code,Attendee name,Attendee name: Title,Attendee name: Given name,Attendee name: Family name,Product,Price,Checked in,Checked out,Automatically checked in,Secret,E-mail,Company,Voucher code,Order date,Requires special attention,Comment',
      'ECC19,Ana-Maria Căpitanu,Dr.,Ana-Maria,Căpitanu,Speaker ticket,0.00,,,No,t7xq2bn4kz9v,ana@cluster.ro,Cluster Mobilitate Urbană,,2019-03-01,No,',
      'ECC19,Ștefan Cosnița,,Ștefan,Cosnița,Conference pass,250.00,14.05.2019 09:12,,No,a8mwe5rd3hsf,stefan@tm.ro,Cluster TIC,,2019-03-01,Yes,Wheelchair access',
    ].join('\n'));
    const r = await importFile(db, DESK, path);
    expect(r).toMatchObject({ preset: 'pretix', added: 2, problems: [] });
    const ana = byCode(db, 't7xq2bn4kz9v');
    expect(ana).toMatchObject({ firstName: 'Ana-Maria', familyName: 'Căpitanu', displayName: 'Ana-Maria Căpitanu', category: 'speaker', organisation: 'Cluster Mobilitate Urbană' });
    expect(ana?.custom).toMatchObject({ 'Order code': 'ECC19', 'Attendee name: Title': 'Dr.' });
    expect(byCode(db, 'a8mwe5rd3hsf')).toMatchObject({ attention: true, attentionNote: 'Wheelchair access', category: 'participant', checkedInAtSource: '14.05.2019 09:12' });
    expect(attendeeIdByCode(db, 'ECC19')).toBeUndefined();
  });

  it('imports an Eventbrite attendee report (barcodes, statuses, job titles)', async () => {
    const db = eventWith([]);
    const path = file('eventbrite.csv', [
      'Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Barcode #,Order Type,Total Paid,Eventbrite Fees,Eventbrite Payment Processing,Attendee Status,Job Title,Company',
      '912345678,2019-04-01 10:00:00+03:00,Małgorzata,Bieńkowska,m.bienkowska@lodz.pl,1,Press Pass,1122334455,9123456781122334455001,Free Order,0.00,0.00,0.00,Attending,Journalist,Gazeta Łódzka',
      '912345679,2019-04-02 11:00:00+03:00,Łukasz,Nowak,l.nowak@zg.pl,1,General Admission,1122334456,9123456791122334456001,Eventbrite Completed,120.00,5.00,3.00,Not Attending,CEO,Śląski Klaster',
    ].join('\n'));
    const r = await importFile(db, DESK, path);
    expect(r).toMatchObject({ preset: 'eventbrite', added: 2, problems: [] });
    expect(byCode(db, '9123456781122334455001')).toMatchObject({ category: 'press', jobTitle: 'Journalist', status: 'active', organisation: 'Gazeta Łódzka' });
    expect(byCode(db, '9123456791122334456001')).toMatchObject({ status: 'cancelled', familyName: 'Nowak' });
    expect(search(db, 'bienkowska')[0]?.attendee.familyName).toBe('Bieńkowska');
  });

  it('imports a Hi.Events attendee export written as XLSX (hyperlinked e-mail, numeric ids)', async () => {
    const db = eventWith([]);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Attendees');
    sheet.addRow(['ID', 'First Name', 'Last Name', 'Email', 'Status', 'Is Checked In', 'Checked In At', 'Product ID', 'Product Name', 'Event ID', 'Public ID', 'Short ID', 'Created Date', 'Last Updated Date', 'Notes']);
    sheet.addRow([101, 'Zoltán', 'Kovács', { text: 'zoltan@pbn.hu', hyperlink: 'mailto:zoltan@pbn.hu' }, 'ACTIVE', 'No', '', 7, 'Exhibitor', 3, 'A-7KD92MX1', 'a7kd92', '2019-04-01 10:00:00', '2019-04-01 10:00:00', '']);
    sheet.addRow([102, 'Eleni', 'Papadopoulou', 'eleni@cluster.gr', 'CANCELLED', 'No', '', 7, 'Participant', 3, 'A-9QW11PL0', 'a9qw11', '2019-04-02 10:00:00', '2019-04-02 10:00:00', 'Refund requested']);
    const path = join(dir, 'hi-events.xlsx');
    await workbook.xlsx.writeFile(path);
    const r = await importFile(db, DESK, path);
    expect(r).toMatchObject({ format: 'xlsx', preset: 'hi.events', added: 2, problems: [] });
    expect(byCode(db, 'A-7KD92MX1')).toMatchObject({ displayName: 'Zoltán Kovács', email: 'zoltan@pbn.hu', category: 'exhibitor', status: 'active', custom: { ID: '101', 'Short ID': 'a7kd92', 'Product Name': 'Exhibitor' } });
    expect(byCode(db, 'A-9QW11PL0')).toMatchObject({ status: 'cancelled', notes: 'Refund requested' });
  });
});
