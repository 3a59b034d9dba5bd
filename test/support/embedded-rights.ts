import sharp from 'sharp'

/**
 * A JPEG carrying a photographer's credit and copyright the way agencies embed them: as IPTC IIM (2:110 Credit,
 * 2:116 Copyright Notice, in a Photoshop APP13 segment) and as XMP (photoshop:Credit, dc:rights). Written by hand
 * because no image library here writes IIM; the layout is Adobe's Photoshop image-resource block, resource 0x0404.
 */
export async function withEmbeddedRights(
  jpeg: Buffer,
  rights: { credit: string; copyright: string },
): Promise<Buffer> {
  const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<photoshop:Credit>${rights.credit}</photoshop:Credit>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${rights.copyright}</rdf:li></rdf:Alt></dc:rights>
</rdf:Description></rdf:RDF></x:xmpmeta>`
  const withXmp = await sharp(jpeg).withXmp(xmp).jpeg({ quality: 90 }).toBuffer()

  const dataset = (record: number, tag: number, value: Buffer) => {
    const head = Buffer.from([0x1c, record, tag, 0, 0])
    head.writeUInt16BE(value.length, 3)
    return Buffer.concat([head, value])
  }
  let iim = Buffer.concat([
    dataset(1, 90, Buffer.from([0x1b, 0x25, 0x47])), // coded character set: UTF-8
    dataset(2, 0, Buffer.from([0, 4])), // record version
    dataset(2, 110, Buffer.from(rights.credit, 'utf8')),
    dataset(2, 116, Buffer.from(rights.copyright, 'utf8')),
  ])
  if (iim.length % 2) iim = Buffer.concat([iim, Buffer.from([0])])
  const size = Buffer.alloc(4)
  size.writeUInt32BE(iim.length)
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, iim])
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource])
  const marker = Buffer.from([0xff, 0xed, 0, 0])
  marker.writeUInt16BE(payload.length + 2, 2)
  // After SOI (the first two bytes).
  return Buffer.concat([withXmp.subarray(0, 2), marker, payload, withXmp.subarray(2)])
}
