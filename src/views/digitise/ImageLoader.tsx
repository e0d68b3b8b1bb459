import { useState } from 'react'
import type { RgbaImage } from '../../domain/digitise'

/** Props of ImageLoader. */
interface Props {
  onLoad: (image: { url: string; width: number; height: number; name: string }, pixels: RgbaImage) => void
}

const MAX_BYTES = 20 * 1024 * 1024
const TYPES = ['image/png', 'image/jpeg']

/** Reads a PNG or JPEG chosen by the user in the browser (nothing is uploaded) and hands on its pixels. */
export function ImageLoader({ onLoad }: Props) {
  const [error, setError] = useState<string | null>(null)
  const read = (file: File) => {
    setError(null)
    if (!TYPES.includes(file.type)) return setError(`"${file.name}" is not a PNG or JPEG image. Export the figure as PNG or JPEG and load that.`)
    if (file.size > MAX_BYTES)
      return setError(`"${file.name}" is ${(file.size / 1048576).toFixed(1)} MB; the limit is 20 MB. Crop the figure to the plot you need.`)
    const reader = new FileReader()
    reader.onerror = () => setError(`"${file.name}" could not be read.`)
    reader.onload = () => {
      const url = String(reader.result)
      const img = new Image()
      img.onerror = () => setError(`"${file.name}" could not be decoded as an image.`)
      img.onload = () => {
        const canvas = document.createElement('canvas')
        canvas.width = img.naturalWidth
        canvas.height = img.naturalHeight
        const ctx = canvas.getContext('2d')
        if (!ctx) return setError('This browser cannot read image pixels (no 2D canvas).')
        ctx.drawImage(img, 0, 0)
        onLoad({ url, width: img.naturalWidth, height: img.naturalHeight, name: file.name }, ctx.getImageData(0, 0, img.naturalWidth, img.naturalHeight))
      }
      img.src = url
    }
    reader.readAsDataURL(file)
  }
  return (
    <div className="digitise-loader">
      <label>
        Figure image (PNG or JPEG; it stays in this browser)
        <input
          type="file"
          accept="image/png,image/jpeg"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0]
            if (f) read(f)
          }}
        />
      </label>
      {error && (
        <p role="alert" className="panel-error">
          {error}
        </p>
      )}
    </div>
  )
}
